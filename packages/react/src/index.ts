/**
 * React components for every Migrant Rights Kit widget, built with @lit/react: props map to the
 * elements' properties and `on<Event>` props to their `mr-*` events, with typed details.
 * Importing this module registers the custom elements (guarded: a second copy never throws).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '@migrant-rights/widgets/define/wage-calculator';
import '@migrant-rights/widgets/define/complaint-pathway';
import '@migrant-rights/widgets/define/fee-checker';
import '@migrant-rights/widgets/define/forced-labour-screen';
import '@migrant-rights/widgets/define/social-protection';
import '@migrant-rights/widgets/define/frameworks-explorer';
import '@migrant-rights/widgets/define/case-form';
import '@migrant-rights/widgets/define/case-stats';
import '@migrant-rights/widgets/define/quick-exit';
import { MrWageCalculator, type MrCalculateDetail, type MrNavigateDetail } from '@migrant-rights/widgets/wage-calculator';
import { MrComplaintPathway, type MrPathwayChangeDetail, type MrPathwayDetail } from '@migrant-rights/widgets/complaint-pathway';
import { MrFeeChecker, type MrAssessDetail, type MrFeeNavigateDetail } from '@migrant-rights/widgets/fee-checker';
import { MrForcedLabourScreen, type MrScreenDetail } from '@migrant-rights/widgets/forced-labour-screen';
import { MrSocialProtection, type MrProtectionChangeDetail } from '@migrant-rights/widgets/social-protection';
import { MrFrameworksExplorer, type MrFrameworksChangeDetail, type MrFrameworksNavigateDetail } from '@migrant-rights/widgets/frameworks-explorer';
import { MrCaseForm, type MrCaseNavigateDetail, type MrExportDetail } from '@migrant-rights/widgets/case-form';
import { MrCaseStats, type MrImportDetail } from '@migrant-rights/widgets/case-stats';
import { MrQuickExit } from '@migrant-rights/widgets/quick-exit';

type Ev<T> = EventName<CustomEvent<T>>;

export const WageCalculator = createComponent({
  tagName: 'mr-wage-calculator',
  elementClass: MrWageCalculator,
  react: React,
  events: {
    onCalculate: 'mr-calculate' as Ev<MrCalculateDetail>,
    onNavigate: 'mr-navigate' as Ev<MrNavigateDetail>,
    onStep: 'mr-step' as Ev<{ step: string }>,
  },
});

export const ComplaintPathway = createComponent({
  tagName: 'mr-complaint-pathway',
  elementClass: MrComplaintPathway,
  react: React,
  events: { onChange: 'mr-change' as Ev<MrPathwayChangeDetail>, onPathway: 'mr-pathway' as Ev<MrPathwayDetail> },
});

export const FeeChecker = createComponent({
  tagName: 'mr-fee-checker',
  elementClass: MrFeeChecker,
  react: React,
  events: { onAssess: 'mr-assess' as Ev<MrAssessDetail>, onNavigate: 'mr-navigate' as Ev<MrFeeNavigateDetail>, onStep: 'mr-step' as Ev<{ step: string }> },
});

export const ForcedLabourScreen = createComponent({
  tagName: 'mr-forced-labour-screen',
  elementClass: MrForcedLabourScreen,
  react: React,
  events: { onScreen: 'mr-screen' as Ev<MrScreenDetail>, onStep: 'mr-step' as Ev<{ step: string }> },
});

export const SocialProtection = createComponent({
  tagName: 'mr-social-protection',
  elementClass: MrSocialProtection,
  react: React,
  events: { onChange: 'mr-change' as Ev<MrProtectionChangeDetail> },
});

export const FrameworksExplorer = createComponent({
  tagName: 'mr-frameworks-explorer',
  elementClass: MrFrameworksExplorer,
  react: React,
  events: { onChange: 'mr-change' as Ev<MrFrameworksChangeDetail>, onNavigate: 'mr-navigate' as Ev<MrFrameworksNavigateDetail> },
});

export const CaseForm = createComponent({
  tagName: 'mr-case-form',
  elementClass: MrCaseForm,
  react: React,
  events: { onNavigate: 'mr-navigate' as Ev<MrCaseNavigateDetail>, onExport: 'mr-export' as Ev<MrExportDetail>, onSection: 'mr-section' as Ev<{ section: string }> },
});

export const CaseStats = createComponent({
  tagName: 'mr-case-stats',
  elementClass: MrCaseStats,
  react: React,
  events: { onImport: 'mr-import' as Ev<MrImportDetail> },
});

export const QuickExit = createComponent({
  tagName: 'mr-quick-exit',
  elementClass: MrQuickExit,
  react: React,
  events: { onQuickExit: 'mr-quick-exit' as Ev<{ href: string }> },
});
