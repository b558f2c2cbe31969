export { CampaignRoiElement, formatRevenueToCost, type CampaignRoiResult } from './campaign-roi.js';
