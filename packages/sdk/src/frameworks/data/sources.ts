/**
 * Sources cited by the frameworks data, each URL copied exactly from
 * shared/research/pathways-protection-rcps.md (§3.3, §4) or fees-wages.md (§1). Titles describe the
 * page; the research records no retrieval dates, so `retrievedOn` is the day the facts were encoded.
 * Addresses the research gives on plain http are in PLAIN_HTTP below, never used as sources.
 */
import type { Source } from '../../provenance/index.js';

const ENCODED_ON = '2026-11-26';
const source = (title: string, url: string, publisher?: string): Source => ({
  title,
  url,
  ...(publisher ? { publisher } : {}),
  retrievedOn: ENCODED_ON,
});

export const S = {
  // Colombo Process
  tribuneCpMembers: source('India moots more member states for Colombo Process', 'https://www.tribuneindia.com/news/india/india-moots-more-member-states-for-colombo-process-635271', 'The Tribune'),
  ftCpWorkingGroups: source('Colombo Process Working Groups reaffirm efficient remittance transfer, ethical recruitment practices', 'https://ft.lk/business/Colombo-Process-Working-Groups-reaffirm-efficient-remittance-transfer-ethical-recruitment-practices/34-756610', 'Daily FT'),
  neheraldCpChair: source('India chairs first meeting as chair of Colombo Process', 'https://neherald.com/national/india-chairs-first-meeting-as-chair-of-colombo-process', 'Northeast Herald'),
  newsdrumCpChair: source('India assumes chair of Colombo Process for 2024-26', 'https://www.newsdrum.in/national/india-assumes-chair-of-colombo-process-for-2024-26-4707998', 'NewsDrum'),
  lokmatCpChair: source('India holds first meeting as chair of Colombo Process', 'https://www.lokmattimes.com/international/india-holds-first-meeting-as-chair-of-colombo-process/', 'Lokmat Times'),
  iedCpWorkplans: source('Colombo Process working groups meet to discuss workplans on skills and qualifications recognition and remittances', 'https://indiaeducationdiary.in/colombo-process-working-groups-meet-to-discuss-workplans-on-thematic-areas-of-skills-and-qualifications-recognition-and-remittances', 'India Education Diary'),
  scribdCpTawg: source('Background Paper on TAWG on Skills and Qualifications Recognition', 'https://scribd.com/document/733930766/Background-Paper-on-TAWG-on-Skills-and-Qualifications-Recognition', 'Scribd'),
  // Abu Dhabi Dialogue
  mohreAdd7: source('7th Abu Dhabi Dialogue Ministerial Consultation starts Saturday with participation of 16 countries', 'https://www.mohre.gov.ae/en/media-centre/news/9/2/2024/7th-abu-dhabi-dialogue-ministerial-consultation-starts-saturday-on-sidelines-of-world-government-summit-with-participation-of-16-countries.aspx', 'UAE Ministry of Human Resources and Emiratisation'),
  dubaiCityGuideAdd7: source('7th Abu Dhabi Dialogue Ministerial Consultation, Dubai', 'https://blog.dubaicityguide.com/site/?p=59357', 'Dubai City Guide'),
  gulfnewsAddChair: source('UAE to be next chair of Abu Dhabi Dialogue', 'https://gulfnews.com/amp/uae/uae-to-be-next-chair-of-abu-dhabi-dialogue-1.63655466', 'Gulf News'),
  startupPakistanAddChair: source('Pakistan to chair Abu Dhabi Dialogue for the first time', 'https://startuppakistan.com.pk/pakistan-to-chair-abu-dhabi-dialogue-for-the-first-time/', 'Startup Pakistan'),
  wamAdd8: source('Preparatory meetings for 8th Abu Dhabi Dialogue', 'https://www.wam.ae/en/article/byhlp8d-preparatory-meetings-for-8th-abu-dhabi-dialogue', 'WAM (Emirates News Agency)'),
  // ASEAN
  lokmatTimorLeste: source('Timor-Leste becomes 11th member of ASEAN', 'https://www.lokmattimes.com/international/timor-leste-becomes-11th-member-of-asean/', 'Lokmat Times'),
  asiaoneTimorLeste: source('Timor-Leste officially admitted to ASEAN, becoming its 11th member', 'https://www.asiaone.com/asia/timor-leste-officially-admitted-asean-becoming-its-11th-member', 'AsiaOne'),
  magazinesworldCebu: source('Rights of migrant workers safeguarded by ASEAN Consensus', 'https://magazinesworld.org/rights-of-migrant-workers-safeguarded-by-asean-consensus', 'Magazines World'),
  rapplerConsensus: source('Leaders sign migrant workers protection pact at ASEAN (Philippines 2017)', 'https://www.rappler.com/world/regions/asia-pacific/188460-leaders-sign-migrant-workers-protection-asean-philippines-2017', 'Rappler'),
  forumAsiaAcmw: source('ASEAN Committee on Migrant Workers', 'https://hrasean.forum-asia.org/mechanism/asean-committee-on-migrant-workers', 'FORUM-ASIA (hrasean)'),
  mfaSgConsensus: source('Latest News in ASEAN, 14 Nov 2017 (ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers)', 'https://mfa.gov.sg/Overseas-Mission/Ministry-of-Foreign-Affairs---Permanent-Mission-of-the-Republic-of-Singapore/Latest-News-in-ASEAN/2017/11/Latest_News_In_ASEAN-2017-11-14', 'Singapore Ministry of Foreign Affairs'),
  iloJakartaFishers: source('ASEAN Declaration on the Placement and Protection of Migrant Fishers (ILO press release)', 'https://www.ilo.org/jakarta/info/public/pr/WCMS_882570/lang--en/index.htm', 'ILO'),
  demaribusFishers: source('ASEAN Declaration on the Placement and Protection of Migrant Fishers', 'https://demaribus.net/2023/05/15/asean-declaration-on-the-placement-and-protection-of-migrant-fishers/', 'De Maribus'),
  unnmAfml: source('ASEAN Forum on Migrant Labour', 'https://migrationnetwork.un.org/practice/asean-forum-migrant-labour', 'UN Network on Migration'),
  cambodiaGazettePortability: source('Cambodia appreciated for initiating portability of social security benefits for ASEAN migrant workers', 'https://cambodianewsgazette.com/cambodia-appreciated-for-initiating-portability-of-social-security-benefits-for-asean-migrant-workers/', 'Cambodia News Gazette'),
  // Global processes
  belgiumGfmd: source('Migration and development (Belgian Foreign Affairs)', 'https://diplomatie.belgium.be/en/policy/policy_areas/striving_for_global_solidarity/asylum_and_migration/migration_and_development', 'FPS Foreign Affairs, Belgium'),
  icmcGfmdColombia: source('GFMD second preparatory meeting, Colombia chairship 2024-2025', 'https://www.icmc.net/calendar/the-global-forum-on-migration-and-development-gfmd-second-preparatory-meeting-colombia-chairship-2024-2025/', 'ICMC'),
  iisdGcm: source('Global Compact for Migration adopted in Marrakech', 'https://sdg.iisd.org/?p=728695', 'IISD SDG Knowledge Hub'),
  vlexRes73195: source('Resolution 73/195', 'https://international.vlex.com/vid/res-73-195-resolucion-861191321', 'vLex'),
  unisGcm: source('The UN Global Compact on Safe, Orderly and Regular Migration', 'https://unis.unvienna.org/unis/topics/related/2018/the-un-global-compact-on-safe--orderly-and-regular-migration.html', 'UN Information Service Vienna'),
  ftDkProgressDeclaration: source('IMRF Progress Declaration (text)', 'https://ft.dk/samling/20211/almdel/UUI/bilag/97/2577508/index.htm', 'Folketinget (Danish Parliament)'),
  m4dImrf2022: source('International Migration Review Forum 2022', 'https://migration4development.org/en/events/international-migration-review-forum-2022', 'Migration4Development'),
  iomLacGcmProgress: source('After 4 years: how much progress has been made in implementing the Global Compact for Migration', 'https://lac.iom.int/en/blogs/after-4-years-how-much-progress-has-been-made-implementation-global-compact-migration', 'IOM Latin America and the Caribbean'),
  baliProcess: source('The Bali Process', 'https://www.baliprocess.net/', 'Bali Process'),
  budapestSilkRoutes: source('A Silk Routes Partnership for Migration is established', 'https://www.budapestprocess.org/news-events/news/54-a-silk-routes-partnership-for-migration-is-established', 'Budapest Process'),
  budapestFramework: source('Political framework', 'https://www.budapestprocess.org/budapest-process/144-political-framework', 'Budapest Process'),
  budapestProjects: source('Projects', 'https://www.budapestprocess.org/projects', 'Budapest Process'),
  // GCM objectives
  unnmHubObjectives: source('Migration Network Hub (GCM objectives filter)', 'https://migrationnetwork.un.org/hub?country=All&cross_cutting_theme=All&gcm_objectives=300&other_language=All&page=1&region=All&resource_language=All&resource_publisher=All&text=&type_of_resource=All', 'UN Network on Migration'),
  cambridgeGcm6: source('GCM Objective 6', 'https://www.humanmovement.cam.ac.uk/news/gcm-06', 'University of Cambridge, Human Movement'),
  unnmObjective22: source('GCM Objective 22', 'https://migrationnetwork.un.org/taxonomy/term/detail/300?page=7', 'UN Network on Migration'),
  // Ratifications
  mfasiaIndonesiaIcrmw: source('Indonesia parliament approves Migrant Workers Convention', 'https://mfasia.org/indonesia-parliament-approves-migrant-workers-convention/', 'Migrant Forum in Asia'),
  recruitmentAdvisorIcrmw: source('Migrant Workers Convention (Recruitment Advisor)', 'https://www.recruitmentadvisor.org/ta/node/18508', 'ITUC Recruitment Advisor'),
  hubbryIcrmw: source('Migrant Workers Convention', 'https://www.hubbry.com/Migrant_Workers_Convention', 'Hubbry'),
  itucC189: source('Domestic Workers Convention comes into force', 'https://www.ituc-csi.org/domestic-workers-convention-comes', 'ITUC'),
  wiegoC189: source('Ratification countries: Domestic Workers Convention C189', 'https://wiego.org/ratification-countries-domestic-workers-convention-c189', 'WIEGO'),
  gulfnewsC189: source('ILO calls on nine ASEAN countries to ratify convention to protect domestic workers', 'https://gulfnews.com/world/asia/philippines/ilo-calls-on-nine-asean-countries-to-ratify-convention-to-protect-domestic-workers-1.2118046', 'Gulf News'),
  mbC190: source('Philippines leads Asia in ratifying ILO accord on workplace abuse', 'https://mb.com.ph/2024/2/24/philippines-leads-asia-in-ratifying-ilo-accord-on-workplace-abuse', 'Manila Bulletin'),
  normlexPhilippines: source('NORMLEX: Philippines, comments on ratified conventions', 'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4295647%2C102970%3ANO', 'ILO NORMLEX'),
  hrAsiaC19: source('Foreign workers to be covered under SOCSO next year', 'https://hr.asia/top-news/foreign-workers-to-be-covered-under-socso-next-year', 'HR Asia'),
  // ILO fair recruitment (fees-wages.md §1)
  pdfslideGpog: source('Tripartite Meeting of Experts on Fair Recruitment', 'https://pdfslide.net/documents/tripartite-meeting-of-experts-on-fair-recruitment-meeting-of-experts-on-fair.html', 'PDFSLIDE (mirror)'),
  unnmGpog: source('General principles and operational guidelines for fair recruitment and definition of recruitment fees and related costs', 'https://migrationnetwork.un.org/resources/general-principles-and-operational-guidelines-fair-recruitment-and-definition-recruitment', 'UN Network on Migration'),
  dokGpogDefinition: source('General principles and operational guidelines for fair recruitment and Definition of recruitment fees and related costs (ILO, 2019)', 'https://123dok.org/document/yngp0380-general-principles-operationalguidelines-recruitmentanddefinition-recruitment-feesand-related-costs.html', '123dok (mirror)'),
} as const satisfies Record<string, Source>;

/** Research addresses on plain http, verbatim. */
export const PLAIN_HTTP = {
  cpFullName: 'http://www.colomboprocess.org/media-centre/201410',
  cpSriLankaMessage: 'http://www.colomboprocess.org/media-centre/38-statements/entry/16-message-of-mr-g-s-withanage-secretary-ministry-of-foreign-employment',
  cpFirstTawg: 'http://www.colomboprocess.org/media-centre/29-meetings/entry/13-the-1st-meetings-of-thematic-area-working-groups-and-the-regional-workshop-on-labour-market-research',
  cpJointTawg: 'http://www.colomboprocess.org/media-centre/29-meetings/entry/33-colombo-process-convened-the-first-joint-thematic-area-working-group-meeting-on-skills-and-qualification-recognition-and-labour-market-analysis',
  addOnCpSite: 'http://www.colomboprocess.org/rcp-meetings/detail/abu-dhabi-dialogue',
  add7: 'http://abudhabidialogue.org/news/wgs-7th-abu-dhabi-dialogue-ministerial-consultation-starts-saturday-participation-16-countries',
  addAmbassadors: 'http://abudhabidialogue.org/news/ambassadors-meeting-member-states-abu-dhabi-dialogue',
  iloCrisisDeclaration: 'http://www.ilo.org/asia/media-centre/news/WCMS_882719/lang--en/index.htm',
  iloAfml11: 'http://www.ilo.org/asia/publications/WCMS_713541/lang--en/index.htm',
  bimpEagaPortability: 'http://mail.bimp-eaga.asia/article/asean-steps-efforts-widen-social-security-coverage-migrant-workers',
  gfmdBelgium2007: 'http://www.gfmd.org/meetings/belgium2007',
  dfatBali: 'http://dfat.gov.au/international-relations/themes/people-smuggling-trafficking/pages/the-bali-process.aspx',
  escapIcrmw: 'http://sitreport.unescapsdd.org/protection-rights-migrant-workers/international-legal-instruments',
  iloP29Thailand: 'http://www.ilo.org/global/standards/information-resources-and-publications/news/WCMS_631435/lang--fr/index.htm',
  iloFeesDefinitionTme: 'http://www2.ilo.org/global/topics/labour-migration/events-training/WCMS_632651/lang--fr/index.htm',
} as const;

/** The note a fact carries when its only research source is a plain-http address. */
export const PLAIN_HTTP_ONLY = 'The research marks this as checked, but its only source is a plain-http address (kept in plainHttpUrls); the kit links https sources only, so it is shown as unverified until an https copy is checked.';
