/**
 * Hindi wording of the fee choices a form offers (what a payment was for, who was paid, jobs,
 * kinds of workplace, sex): the first questions of the fee checker. The law's wording is in fees.ts;
 * a form shows its questions with these alone.
 * Drafted with care; not yet reviewed by a native speaker.
 */
export const reviewed = false;

export default {
  // What a payment was for: plain choices for the worker
  'fees.purpose.agency-service': 'एजेंसी या एजेंट की सर्विस फ़ीस',
  'fees.purpose.visa': 'वीज़ा',
  'fees.purpose.work-permit': 'वर्क परमिट या रहने का परमिट',
  'fees.purpose.passport': 'पासपोर्ट',
  'fees.purpose.documents': 'दूसरे कागज़ात (पुलिस सर्टिफ़िकेट, कॉन्ट्रैक्ट पर मुहर, अनुवाद)',
  'fees.purpose.government-registration': 'सरकारी पंजीकरण या विदेश जाने की मंज़ूरी (क्लियरेंस)',
  'fees.purpose.welfare-fund': 'कल्याण कोष',
  'fees.purpose.medical-exam': 'मेडिकल जाँच',
  'fees.purpose.insurance': 'बीमा',
  'fees.purpose.skills-test': 'हुनर या भाषा की परीक्षा',
  'fees.purpose.training': 'ट्रेनिंग या ओरिएंटेशन',
  'fees.purpose.equipment': 'औज़ार, वर्दी या सामान',
  'fees.purpose.air-ticket': 'हवाई टिकट',
  'fees.purpose.local-travel': 'अपने देश में यात्रा (इंटरव्यू, ट्रेनिंग, हवाई अड्डे तक)',
  'fees.purpose.accommodation': 'इंतज़ार के दौरान रहने की जगह या खाना',
  'fees.purpose.deposit': 'जमानत राशि (डिपॉज़िट)',
  'fees.purpose.bond': 'बॉन्ड या गारंटी',
  'fees.purpose.loan-repayment': 'कर्ज़ चुकाना',
  'fees.purpose.unofficial-payment': 'बिना रसीद या सेवा के अतिरिक्त पैसा',
  'fees.purpose.other': 'कुछ और',

  // Who was paid
  'fees.payee.recruitment-agency': 'भर्ती एजेंसी',
  'fees.payee.sub-agent': 'सब-एजेंट या दलाल',
  'fees.payee.employer': 'मालिक',
  'fees.payee.government': 'सरकारी दफ़्तर',
  'fees.payee.training-centre': 'ट्रेनिंग सेंटर',
  'fees.payee.medical-centre': 'मेडिकल सेंटर',
  'fees.payee.other': 'कोई और',

  // Jobs some rules depend on
  'fees.occupation.housekeeper': 'घर का काम करने वाले (हाउसकीपर)',
  'fees.occupation.baby-carer': 'शिशु की देखभाल करने वाले',
  'fees.occupation.elderly-carer': 'बुज़ुर्ग की देखभाल करने वाले',
  'fees.occupation.cook': 'रसोइया',
  'fees.occupation.family-driver': 'परिवार के ड्राइवर',
  'fees.occupation.gardener': 'माली',
  'fees.occupation.child-carer': 'बच्चों की देखभाल करने वाले',
  'fees.occupation.cleaner': 'सफ़ाई कर्मचारी (क्लीनर)',
  'fees.occupation.farm-plantation-worker': 'खेत या बागान मज़दूर',
  'fees.occupation.fishing-crew': 'मछली पकड़ने वाली नाव के कर्मचारी',
  'fees.occupation.construction': 'निर्माण मज़दूर',
  'fees.occupation.manufacturing': 'फ़ैक्टरी मज़दूर',
  'fees.occupation.hospitality': 'होटल, रेस्टोरेंट या दुकान के कर्मचारी',
  'fees.occupation.other': 'कोई और काम',

  // Kinds of workplace
  'fees.workerCategory.general': 'कंपनी, दुकान, निर्माण स्थल (साइट), खेत या कोई और कार्यस्थल',
  'fees.workerCategory.domestic': 'किसी घर में (घरेलू कामगार, देखभाल करने वाले, परिवार के ड्राइवर)',

  // Sex, asked only where a rule differs for women and men
  'fees.workerSex.female': 'महिला',
  'fees.workerSex.male': 'पुरुष',
} as const;
