/** Classes only: importing this defines no element. Import `@migrant-rights/widgets/define/<name>` to register tags. */
export { MrElement, defineElement, VERSION } from './internal/mr-element.js';
export { LocalizeController } from './internal/localize.js';
export { MrWageCalculator, type MrCalculateDetail, type MrNavigateDetail } from './components/wage-calculator/wage-calculator.js';
export { MrQuickExit } from './components/quick-exit/quick-exit.js';
export { MrFrameworksExplorer, type MrFrameworksChangeDetail, type MrFrameworksNavigateDetail } from './components/frameworks-explorer/frameworks-explorer.js';
export { MrCaseForm, type MrExportDetail, type MrCaseNavigateDetail, type ExportFormat } from './components/case-form/case-form.js';
export { MrCaseStats, type MrImportDetail } from './components/case-stats/case-stats.js';
export { MrComplaintPathway, type MrPathwayChangeDetail, type MrPathwayDetail } from './components/complaint-pathway/complaint-pathway.js';
export { MrFeeChecker, type MrAssessDetail, type MrFeeNavigateDetail } from './components/fee-checker/fee-checker.js';
export { MrForcedLabourScreen, type MrScreenDetail } from './components/forced-labour-screen/forced-labour-screen.js';
export { MrSocialProtection, type MrProtectionChangeDetail } from './components/social-protection/social-protection.js';
