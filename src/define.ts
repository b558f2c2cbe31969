// Registers every tag of the suite when imported. A host that wants other tag names imports the
// classes from the package root and defines them itself.
import { AftersalesDataElement } from './elements/aftersales-data/index.js';
import { CampaignRoiElement } from './elements/campaign-roi/index.js';
import { ChurnTrendElement } from './elements/churn-trend/index.js';
import { CustomerSegmentsElement } from './elements/customer-segments/index.js';
import { defineElement } from './elements/base/define-element.js';
import { DataQualityReportElement } from './elements/quality-report/index.js';
import { SatisfactionPanelElement } from './elements/satisfaction-panel/index.js';
import { ServiceMixElement } from './elements/service-mix/index.js';

defineElement('aftersales-data', AftersalesDataElement);
defineElement('data-quality-report', DataQualityReportElement);
defineElement('service-mix', ServiceMixElement);
defineElement('satisfaction-panel', SatisfactionPanelElement);
defineElement('customer-segments', CustomerSegmentsElement);
defineElement('churn-trend', ChurnTrendElement);
defineElement('campaign-roi', CampaignRoiElement);

declare global {
  interface HTMLElementTagNameMap {
    'aftersales-data': AftersalesDataElement;
    'data-quality-report': DataQualityReportElement;
    'service-mix': ServiceMixElement;
    'satisfaction-panel': SatisfactionPanelElement;
    'customer-segments': CustomerSegmentsElement;
    'churn-trend': ChurnTrendElement;
    'campaign-roi': CampaignRoiElement;
  }
}
