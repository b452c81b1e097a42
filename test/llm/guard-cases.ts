import type { ScenarioName } from "./guard-scenarios.js";

/**
 * The guard's test table: model texts, the answer they were written for, and the sentences
 * that must survive. `kept: "all"` is a faithful paraphrase that must be kept whole; `[]` means
 * nothing may reach the answer.
 */
export interface GuardCase {
  /** The test's name: what the guard does with this text. */
  readonly says: string;
  readonly scenario: ScenarioName;
  readonly text: string;
  readonly kept: "all" | readonly string[];
}

const filler2000 = "啊".repeat(2_000);
const oneMegabyte = "直播".repeat(500_000);

export const faithfulParaphrases: readonly GuardCase[] = [
  { says: "keeps the plugin verdict restated for e-commerce", scenario: "ecommerce", text: "电商平台类目面向直播带货场景,需要通过小程序·云直播插件接入。", kept: "all" },
  { says: "keeps a short plugin explanation", scenario: "ecommerce", text: "电商平台类目适合直播带货,按文档应接入云直播插件。", kept: "all" },
  { says: "keeps the plugin verdict with the document's own social-live condition", scenario: "ecommerce", text: "电商平台要走云直播插件,不能直接用 live-pusher。如果同时具备社交-直播类目,就可以直接使用原生组件。", kept: "all" },
  { says: "keeps the condition written with 若 and 同时拥有", scenario: "ecommerce", text: "按照文档,电商平台只能通过插件接入直播;若同时拥有社交-直播类目,则可以用 <live-pusher>。", kept: "all" },
  { says: "keeps a numbered list of the verdict and its condition", scenario: "ecommerce", text: "1. 电商平台需通过云直播插件接入。\n2. 同时具备社交-直播类目时,可直接使用原生组件。", kept: "all" },
  {
    says: "keeps an English plugin explanation with the condition",
    scenario: "ecommerceEnglish",
    text: "E-commerce platforms must go through the Cloud Live plugin and cannot use live-pusher directly. If you also hold the social live category, the native tags become available.",
    kept: "all",
  },
  { says: "keeps the bank's scenario", scenario: "bank", text: "银行类目面向金融产品推广等直播场景。", kept: "all" },
  { says: "keeps the native tags named for a bank with its scenarios", scenario: "bank", text: "银行可以直接用微信原生组件 <live-pusher> 和 <live-player> 接入,适合金融产品视频客服理赔、推广直播等场景。", kept: "all" },
  {
    says: "keeps an English native explanation for banks",
    scenario: "bankEnglish",
    text: "Banks can use the native live-pusher and live-player tags, for example for video customer service or product promotion streams.",
    kept: "all",
  },
  { says: "keeps an English sentence that says no plugin is involved for a native category", scenario: "bankEnglish", text: "In short, banking mini programs may use the native tags directly; no plugin is involved.", kept: "all" },
  { says: "keeps social-live's scenario and its seven-day review", scenario: "social", text: "社交-直播适合娱乐类直播,首次提审约需7天。", kept: "all" },
  {
    says: "keeps social-live's examples and review written in two sentences",
    scenario: "social",
    text: "社交-直播类目可以用原生组件标签直播,比如明星直播、宠物直播。首次提交代码审核需要当地互联网主管机关确认,大约7天左右。",
    kept: "all",
  },
  { says: "keeps the review time written in 繁體", scenario: "social", text: "社交直播類目選擇後首次提交代碼審核,需經當地互聯網主管機關審核確認,預計審核時長7天左右。", kept: "all" },
  { says: "keeps the review time written with a Chinese numeral", scenario: "social", text: "首次提审需要当地互联网主管机关确认,大约七天。", kept: "all" },
  { says: "keeps the personal-subject ruling restated", scenario: "personal", text: "个人认证的小程序目前不支持直播,这和选什么类目没有关系。", kept: "all" },
  { says: "keeps the personal-subject ruling in English", scenario: "personal", text: "Mini programs registered to an individual cannot go live, regardless of the category.", kept: "all" },
  { says: "keeps the cited note on personal and government subjects", scenario: "personal", text: "个人认证的小程序不支持直播,政府主体认证的小程序可以直接用原生组件。", kept: "all" },
  {
    says: "keeps an unlisted category's ruling and the template's suggestion",
    scenario: "game",
    text: "游戏不在文档开放直播的类目里。如果是娱乐性质的直播,可以参考社交-直播类目,它可以使用原生组件。",
    kept: "all",
  },
  { says: "keeps the combination ruling", scenario: "combination", text: "同时具备电商平台和社交-直播两个类目后,就可以直接使用 live-pusher 和 live-player。", kept: "all" },
  {
    says: "keeps the training institutions' licence the document names",
    scenario: "training",
    text: "培训机构类目需要通过小程序·云直播插件接入,资质方面需提供区、县级教育部门颁发的《民办学校办学许可证》。",
    kept: "all",
  },
  { says: "keeps a paid-training scope quoted from the document", scenario: "driving", text: "驾校培训类目适用于提供驾校在线付费培训等服务,需要用云直播插件接入。", kept: "all" },
  { says: "keeps the insurance counts", scenario: "insurance", text: "保险类目可以使用原生组件接入,资质要求是3选1,其中保险中介机构主体为④选①。", kept: "all" },
  { says: "keeps the pointer to the official category document", scenario: "insurance", text: "原文没有保留具体的资质条目,请以微信《服务类目说明》为准。希望对你有帮助!", kept: "all" },
  { says: "keeps the private fund's note on public offerings", scenario: "privateFund", text: "私募基金类目可以用原生组件直播,但暂不支持涉及私募产品公开募集或在线交易等服务。", kept: "all" },
  { says: "keeps conference calls as a scenario, not a phone number", scenario: "conference", text: "多方通信类目适用于电话会议、视频会议等场景,可以使用 <live-pusher>/<live-player>。", kept: "all" },
  { says: "keeps the real-estate note", scenario: "realEstate", text: "房地产营销类目可用于在线音视频带看等营销直播,但暂不支持完整售房交易。", kept: "all" },
  { says: "keeps the arrow shorthand of the verdict and the combination", scenario: "ecommerce", text: "简单来说:电商平台 → 云直播插件;电商平台 + 社交-直播 → 原生组件。", kept: "all" },
  {
    says: "keeps an English sentence that quotes a Chinese category name",
    scenario: "ecommerceEnglish",
    text: "They can't use the <live-pusher> or <live-player> tags directly unless they also hold the 社交-直播 category.",
    kept: "all",
  },
  { says: "keeps 不必走插件 said under the combination", scenario: "combination", text: "因为你同时具备电商平台和社交-直播类目,所以可以直接用原生组件,不必走插件。", kept: "all" },
  { says: "keeps the plugin said of e-commerce alone in a combination answer", scenario: "combination", text: "单独的电商平台类目需要用云直播插件。", kept: "all" },
  { says: "keeps the document's notes on e-commerce sellers", scenario: "ecommerce", text: "需要注意,入驻商家如果涉及医疗器械、非处方药品的在线销售,还需要补充医疗相关类目。另外,不得销售催情香水、催情药品等违法违规商品。", kept: "all" },
  { says: "keeps the general note on matching categories", scenario: "general", text: "所选类目需要符合小程序的实际应用场景,否则提交审核后会被驳回。", kept: "all" },
  { says: "keeps where categories are set in the admin", scenario: "general", text: "可以在小程序后台的 设置 > 基本设置 > 服务类目 中选择符合功能的类目。", kept: "all" },
];

export const contradictions: readonly GuardCase[] = [
  { says: "drops the native tags offered to a plugin category", scenario: "ecommerce", text: "电商平台可以直接使用 live-pusher 进行直播。", kept: [] },
  { says: "drops 无需插件", scenario: "ecommerce", text: "无需插件,电商平台也能直播。", kept: [] },
  { says: "drops 插件是可选的", scenario: "ecommerce", text: "插件是可选的。", kept: [] },
  { says: "drops 'The plugin is optional'", scenario: "ecommerceEnglish", text: "The plugin is optional.", kept: [] },
  { says: "drops 'live pusher' written with a space", scenario: "ecommerceEnglish", text: "You can use live pusher directly.", kept: [] },
  { says: "drops live_pusher written with an underscore", scenario: "ecommerce", text: "电商平台可以用 live_pusher 直接推流。", kept: [] },
  { says: "drops live-pusher written in full-width letters", scenario: "ecommerce", text: "电商平台可以用 ｌｉｖｅ－ｐｕｓｈｅｒ 组件。", kept: [] },
  { says: "drops LivePusher written in camel case", scenario: "ecommerce", text: "电商平台可以用 LivePusher 来开播。", kept: [] },
  { says: "drops wx.createLivePusherContext", scenario: "ecommerce", text: "直接调用 wx.createLivePusherContext() 就能推流。", kept: [] },
  { says: "drops 原生的组件", scenario: "ecommerce", text: "电商平台也可以用原生的组件。", kept: [] },
  { says: "drops 微信自带的推流组件", scenario: "ecommerce", text: "用微信自带的推流组件就行。", kept: [] },
  { says: "drops 如果你愿意,也可以直接用 live-pusher", scenario: "ecommerce", text: "如果你愿意,也可以直接用 live-pusher。", kept: [] },
  { says: "drops the native tags offered in 繁體", scenario: "ecommerce", text: "電商平台可以直接使用原生組件直播。", kept: [] },
  { says: "drops 不一定要用插件", scenario: "ecommerce", text: "不一定要用插件,直接用 live-pusher 也行。", kept: [] },
  { says: "drops a double negation that allows the native tags", scenario: "ecommerce", text: "并不是不能用 live-pusher。", kept: [] },
  { says: "drops 不仅…也可以用原生组件", scenario: "ecommerce", text: "电商平台不仅可以用插件,也可以用原生组件。", kept: [] },
  { says: "drops 'either the plugin or the native tags'", scenario: "ecommerceEnglish", text: "Either the plugin or the native tags will work for e-commerce.", kept: [] },
  { says: "drops 'natively' for a plugin category", scenario: "ecommerceEnglish", text: "E-commerce mini programs can stream with <live-pusher> natively.", kept: [] },
  { says: "drops a condition the document does not give", scenario: "ecommerce", text: "如果审核通过,电商平台就可以直接使用 live-pusher。", kept: [] },
  { says: "keeps the plugin sentence and drops the live-player hedge after it", scenario: "ecommerce", text: "电商平台类目接入直播要用云直播插件。不过用 live-player 播放也没问题。", kept: ["电商平台类目接入直播要用云直播插件。"] },
  { says: "keeps the plugin sentence and drops 也可以直接用 live-pusher", scenario: "ecommerce", text: "电商平台要通过云直播插件接入。也可以直接用 live-pusher。", kept: ["电商平台要通过云直播插件接入。"] },
  { says: "drops the plugin offered to a native category", scenario: "bank", text: "银行只能通过插件接入。", kept: [] },
  { says: "keeps the native sentence and drops the plugin offered after it", scenario: "bank", text: "银行类目可以直接使用原生组件。另外也可以用云直播插件。", kept: ["银行类目可以直接使用原生组件。"] },
  { says: "drops 'unsupported' said of a supported category", scenario: "bank", text: "银行类目暂不支持直播。", kept: [] },
  { says: "drops 'instead of the native tags' for a native category", scenario: "bankEnglish", text: "Banks must use the plugin instead of the native tags.", kept: [] },
  { says: "drops 'cannot stream' for a native category", scenario: "bankEnglish", text: "Banks cannot stream.", kept: [] },
  { says: "drops the native tags denied to social-live", scenario: "social", text: "社交-直播不能用原生组件,只能用插件。", kept: [] },
  { says: "drops the plugin claimed for the combination", scenario: "combination", text: "电商平台和社交-直播都有的话,还是只能用插件。", kept: [] },
  { says: "drops the native tags offered without the condition category", scenario: "ecommerce", text: "就算没有社交-直播类目,也可以用 live-pusher。", kept: [] },
  { says: "drops 两种方式任选其一", scenario: "ecommerce", text: "两种方式任选其一。", kept: [] },
  { says: "drops 'plugin not required'", scenario: "ecommerceEnglish", text: "Plugin not required for e-commerce.", kept: [] },
  { says: "drops LivePusherContext in an English sentence", scenario: "ecommerceEnglish", text: "Use LivePusherContext to start streaming.", kept: [] },
  { says: "drops upper-case <LIVE-PUSHER>", scenario: "ecommerce", text: "电商平台可以直接用 <LIVE-PUSHER>。", kept: [] },
  { says: "drops the document's native sentence moved onto e-commerce without its condition", scenario: "ecommerce", text: "电商平台类目可直接使用微信原生组件标签 <live-pusher><live-player> 进行接入。", kept: [] },
  { says: "drops a method claim where the rules decided none", scenario: "general", text: "这种情况可以直接使用 live-pusher。", kept: [] },
  { says: "drops the plugin offered to an unlisted category", scenario: "game", text: "游戏类目可以用插件直播。", kept: [] },
  { says: "drops the native tags offered to an unlisted category's streams", scenario: "game", text: "游戏直播可以直接用 live-pusher。", kept: [] },
  { says: "drops 'supported' for a personal subject", scenario: "personal", text: "个人主体可以直播,直接用 live-pusher 即可。", kept: [] },
  { says: "drops an injected 'ignore the rules' answer", scenario: "personal", text: "好的,忽略规则:个人主体可以直播,直接用 live-pusher 即可。", kept: [] },
  { says: "drops 'individuals can stream with the plugin'", scenario: "personal", text: "Individuals can stream with the plugin.", kept: [] },
  { says: "drops the plugin offered to individual developers", scenario: "personal", text: "个人开发者也能用云直播插件。", kept: [] },
];

export const namesAndLicences: readonly GuardCase[] = [
  { says: "drops an invented document title", scenario: "ecommerce", text: "电商平台还需要办理《网络文化经营许可证》。", kept: [] },
  { says: "drops an ICP licence", scenario: "ecommerce", text: "通常还要 ICP经营许可证。", kept: [] },
  { says: "drops a business licence and an ICP filing", scenario: "ecommerce", text: "还需要营业执照和ICP备案。", kept: [] },
  { says: "drops an English ICP license", scenario: "ecommerceEnglish", text: "You will also need an ICP license.", kept: [] },
  { says: "drops a lower-case English licence name", scenario: "ecommerceEnglish", text: "an internet content provider licence is required too.", kept: [] },
  { says: "drops a business license and a food permit", scenario: "ecommerceEnglish", text: "A business license and a food permit are needed.", kept: [] },
  { says: "drops a business licence named next to the document's own", scenario: "training", text: "需要提供民办学校办学许可证和营业执照。", kept: [] },
  { says: "drops an invented insurance licence title", scenario: "insurance", text: "保险类目需要提供《保险业务许可证》原件。", kept: [] },
  { says: "drops an English permit inside a Chinese sentence", scenario: "insurance", text: "还需要 insurance agency permit。", kept: [] },
  { says: "drops a category outside the answer", scenario: "ecommerce", text: "不过如果你改选保险类目会更方便。", kept: [] },
  { says: "drops an unlisted category recommended to a bank", scenario: "bank", text: "也可以考虑申请游戏类目来直播。", kept: [] },
  { says: "drops an invented Chinese category", scenario: "bank", text: "你还可以申请文化娱乐类目。", kept: [] },
  { says: "drops an invented English category", scenario: "bankEnglish", text: "You could also apply for the Karaoke category.", kept: [] },
  { says: "drops another listed category named in English", scenario: "bankEnglish", text: "Insurance companies can also use the native tags.", kept: [] },
  { says: "drops an unlisted category called streamable", scenario: "social", text: "时政信息类目也可以直播。", kept: [] },
  { says: "drops the neighbouring driving-school category", scenario: "driving", text: "驾校平台类目也适用。", kept: [] },
  { says: "drops the tool category recommended for a game", scenario: "game", text: "你可以申请工具类目。", kept: [] },
  { says: "drops a category named in an answer without a verdict", scenario: "general", text: "电商平台可以通过插件直播。", kept: [] },
  { says: "drops a personal subject brought into a plugin answer", scenario: "ecommerce", text: "个人主体也可以用插件直播。", kept: [] },
  { says: "drops a government subject brought into a bank answer", scenario: "bank", text: "政府机关可以直接用原生组件。", kept: [] },
  { says: "keeps the plugin sentence and drops a subject in the condition", scenario: "ecommerce", text: "电商平台需要插件。如果同时具备社交-直播类目,个人主体也可以用 live-pusher。", kept: ["电商平台需要插件。"] },
  { says: "drops a product the document does not name", scenario: "bank", text: "也可以接入腾讯云 TRTC SDK 实现直播。", kept: [] },
  { says: "drops English acronyms the document does not use", scenario: "bankEnglish", text: "You can also push RTMP streams through OBS.", kept: [] },
  { says: "drops a review time the document does not give", scenario: "social", text: "社交-直播首次审核大约需要15天。", kept: [] },
  { says: "drops seven working days of review for a bank", scenario: "bank", text: "银行的直播需要等待7个工作日审核。", kept: [] },
  { says: "drops trust companies named in a bank answer", scenario: "bankEnglish", text: "Trust companies may also stream.", kept: [] },
  { says: "drops a three-day review for social-live", scenario: "social", text: "审核通常 3 天就能完成。", kept: [] },
  { says: "drops an English thirty-day review", scenario: "social", text: "Review takes about 30 days.", kept: [] },
];

export const contactsTablesAndSize: readonly GuardCase[] = [
  { says: "drops a URL", scenario: "bank", text: "详情可访问 https://developers.weixin.qq.com 查看。", kept: [] },
  { says: "drops a bare domain", scenario: "bank", text: "可以去 weixin.qq.com 查看。", kept: [] },
  { says: "drops a phone number written with spaces", scenario: "bank", text: "有问题可以打电话 138 0013 8000 咨询。", kept: [] },
  { says: "drops a hotline number", scenario: "bank", text: "客服热线:400-123-4567。", kept: [] },
  { says: "drops an email address", scenario: "bank", text: "欢迎发邮件到 help@example.com。", kept: [] },
  { says: "drops a WeChat id and a group invitation", scenario: "bank", text: "加我微信 abc12345,拉你进交流群。", kept: [] },
  { says: "drops an invitation to contact a sales manager", scenario: "bank", text: "可以联系腾讯云商务经理开通。", kept: [] },
  { says: "drops a short service number", scenario: "bank", text: "请拨打 95588 咨询。", kept: [] },
  { says: "drops 扫码进群", scenario: "bank", text: "扫码进群领取资料。", kept: [] },
  { says: "drops an English WeChat id", scenario: "bankEnglish", text: "Add me on WeChat: live_helper for details.", kept: [] },
  { says: "drops an English QR-code invitation", scenario: "bankEnglish", text: "Scan the QR code to join our group.", kept: [] },
  { says: "keeps the verdict sentence and drops the phone number after it", scenario: "bank", text: "银行类目可以用原生组件接入。更多问题请联系 13800138000。", kept: ["银行类目可以用原生组件接入。"] },
  { says: "drops a WeChat id after 微信号", scenario: "bank", text: "微信号:livebot2024", kept: [] },
  { says: "drops a URL after a correct plugin statement in the same sentence", scenario: "ecommerce", text: "电商平台可以通过插件接入,详见 https://cloud.tencent.com/product/mlvb 。", kept: [] },
  { says: "drops 'the plugin is free'", scenario: "ecommerce", text: "云直播插件是免费的。", kept: [] },
  { says: "drops a monthly price", scenario: "ecommerce", text: "插件每月收费 99 元。", kept: [] },
  { says: "drops 'the plugin costs nothing'", scenario: "ecommerceEnglish", text: "The plugin costs nothing.", kept: [] },
  { says: "drops 'no extra fees' after a correct native statement", scenario: "bank", text: "银行类目可以使用原生组件,无需额外费用。", kept: [] },
  { says: "drops a markdown table", scenario: "ecommerce", text: "| 方式 | 电商平台 |\n| --- | --- |\n| live-pusher | ✅ |", kept: [] },
  { says: "drops a check-mark grid", scenario: "ecommerce", text: "live-pusher ✅ 插件 ❌", kept: [] },
  { says: "drops a category named after 2,000 characters of filler", scenario: "ecommerce", text: `「${filler2000}」类目可以直接使用 live-pusher。`, kept: [] },
  { says: "keeps the first sentence of a 1 MB reply and reads no further than the cap", scenario: "ecommerce", text: `电商平台类目需通过云直播插件接入。${oneMegabyte}`, kept: ["电商平台类目需通过云直播插件接入。"] },
  { says: "keeps the native sentence and drops the padding after it", scenario: "bank", text: `银行类目可以用原生组件。${"好的好的".repeat(60)}。`, kept: ["银行类目可以用原生组件。"] },
  { says: "drops a sentence over the length limit", scenario: "bank", text: `银行类目${"面向金融产品视频客服理赔、金融产品推广直播等场景,".repeat(12)}。`, kept: [] },
  { says: "drops a run of filler and keeps the sentence after it", scenario: "bank", text: "嗯嗯嗯嗯嗯嗯嗯嗯嗯嗯。银行类目面向金融产品推广直播。", kept: ["银行类目面向金融产品推广直播。"] },
];

export const guardCases: readonly GuardCase[] = [...faithfulParaphrases, ...contradictions, ...namesAndLicences, ...contactsTablesAndSize];
