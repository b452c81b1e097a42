/** What a question asks for; a question may ask several things. */
export type Intent = "method" | "qualification" | "review" | "scope" | "scenario" | "notes" | "choose" | "list";

// Chinese cues are matched on the compact text (no spaces), English cues on lower-case words.
export const intentCues: Record<Intent, { han: string[]; latin: RegExp[] }> = {
  method: {
    han: ["live-pusher", "live-player", "livepusher", "liveplayer", "原生组件", "原生标签", "组件", "标签", "插件", "云直播", "接入", "能直播", "可以直播", "能不能直播", "可不可以直播", "支持直播", "开直播", "做直播", "搞直播", "直播吗", "怎么直播", "方式", "用什么"],
    latin: [/\blive[- ]?(pusher|player)\b/, /\bnative\b/, /\bplug-?in\b/, /\bstream(ing)?\b/, /\bgo live\b/, /\baccess\b/, /\blive\b/],
  },
  qualification: {
    han: ["资质", "材料", "资料", "要准备", "准备啥", "文件", "证件", "许可证", "执照", "几选一", "选一", "选几", "提供什么", "需要提供", "要提供", "准备什么", "牌照", "证书", "证明"],
    latin: [/\bqualif/, /\blicen[cs]e/, /\bdocuments?\b/, /\bpermits?\b/, /\bcertificat/, /\brequire/, /\b\d+\s*(?:choose|out of|of)\s*\d+\b/, /\bhow many\b/],
  },
  review: {
    han: ["多久", "多长时间", "几天", "审核时长", "审核时间", "审核", "提审", "审批", "过审", "主管机关", "天左右"],
    latin: [/\bhow long\b/, /\breview/, /\bapproval\b/, /\bdays?\b/, /\baudit/],
  },
  scope: {
    han: ["适用范围", "范围", "适用于", "适用", "能做什么", "可以做什么", "做什么业务", "哪些业务", "包括什么", "是什么类目", "干什么", "区别", "不同", "差别", "差异"],
    latin: [/\bscope\b/, /\bwhat (is it|does it) cover/, /\bcover(s|ed)?\b/, /\bapplies? to\b/, /\bdifferen(ce|t)\b/],
  },
  scenario: {
    han: ["场景", "直播什么", "直播内容", "播什么"],
    latin: [/\bscenario/, /\buse cases?\b/, /\bwhat (kind of|sort of) (live|stream)/],
  },
  notes: {
    han: ["注意", "限制", "禁止", "不得", "不能卖", "能卖", "可以卖", "能不能卖", "可以销售", "能否销售", "补充", "额外", "还要", "另外需要", "风险"],
    latin: [/\bnotes?\b/, /\brestrict/, /\bforbid/, /\bprohibit/, /\bcaveat/, /\bwatch out\b/, /\breject/],
  },
  choose: {
    han: ["选什么类目", "选哪个", "选哪类", "哪个类目", "什么类目", "应该选", "该选", "怎么选", "选择什么", "选啥", "哪类目", "用哪个类目", "申请什么类目", "开通什么类目"],
    latin: [/\bwhich category\b/, /\bwhat category\b/, /(?<!\d\s?)\bchoose\b(?!\s*\d)/, /\bpick\b/, /\bselect\b/],
  },
  list: {
    han: ["哪些类目", "哪几个类目", "哪些服务类目", "什么类目可以", "什么类目能", "哪些可以用", "哪些能用", "哪些类可以", "所有类目", "全部类目", "类目列表", "类目清单", "列出类目"],
    latin: [/\bwhich categories\b/, /\blist (all |the )*categories\b/, /\ball (the )?categories\b/, /\bwhat categories\b/],
  },
};

export const methodCues = {
  native: { han: ["live-pusher", "live-player", "livepusher", "liveplayer", "原生组件", "原生标签", "原生"], latin: [/\blive[- ]?(pusher|player)\b/, /\bnative\b/] },
  plugin: { han: ["云直播插件", "直播插件", "插件"], latin: [/\bplug-?in\b/] },
} as const;

/**
 * Topics the document never covers — implementation, pricing, operations. A question about
 * them without a category is outside the corpus even when some of its words appear there.
 */
export const outOfScopeCues = {
  han: ["代码", "怎么写", "写个", "示例", "demo", "sdk", "api", "推流地址", "拉流", "收费", "费用", "价格", "多少钱", "报价", "带宽", "延迟", "卡顿", "报错", "bug", "美颜", "连麦", "录制", "回放", "并发"],
  latin: [/\bcode\b/, /\bsdk\b/, /\bapi\b/, /\b(?:price|pricing|cost|fees?)\b/, /\b(?:latency|bandwidth)\b/, /\berror\b/],
};

/** Attempts to talk the bot out of its rules; the verdict ignores them, the answer says so. */
export const injectionCues = {
  han: ["忽略规则", "忽略之前", "忽略上面", "忽略以上", "忽略你的", "无视规则", "忘记规则", "忘掉规则", "不要管规则", "你现在是", "假装你", "扮演", "系统提示", "越狱", "就说可以", "直接说可以", "告诉我可以"],
  latin: [/\bignore (all |the |your |previous |prior )*(rules|instructions)/, /\bdisregard\b/, /\bpretend\b/, /\bjailbreak/, /\bsystem prompt\b/, /\bjust say (yes|it can)\b/],
};

/** Words that leave nothing asked once removed; used to spot questions the corpus cannot cover. */
export const genericWords = new Set([
  "小程序", "微信", "直播", "类目", "服务", "服务类目", "我们", "我", "你", "你们", "他们", "公司", "企业", "可以", "能", "能否", "是否", "吗", "呢", "吧", "啊", "的", "了", "是", "有", "和", "与", "或", "在", "要", "需要", "怎么", "怎样", "如何", "什么", "哪些", "哪个", "一下", "请问", "问下", "问一下", "那", "那么", "这个", "那个", "还", "也", "都", "就", "用", "做", "开", "请", "这", "一个", "现在", "如果", "想", "应该", "会", "吧", "呀", "哦", "嗯", "谢谢", "好的", "主体", "能不能", "可不可以", "怎么样", "怎么办", "为什么", "多少", "什么样", "这样", "那样", "可能", "知道", "告诉", "一下子", "问题", "大家", "老师", "群里", "麻烦", "帮忙", "看看", "求助", "以及", "或者", "还是", "但是", "因为", "所以", "然后", "目前", "已经", "直接", "第一次", "首次", "之前", "之后", "时候", "小程", "程序", "在线", "服务", "提供", "相关", "平台", "哪里", "哪儿", "加上", "再加", "同时", "也有", "还有", "另有", "申请", "开通", "在哪", "在哪里", "哪", "咨询一下", "了解", "了解一下",
]);

const allHanCues = Object.values(intentCues).flatMap((cues) => cues.han);

/** Whether a word only says what is asked ("资质", "多久"), not what it is about. */
export function isIntentWord(word: string): boolean {
  return allHanCues.some((cue) => cue.includes(word) || word.includes(cue));
}

/** Characters that make a word a phrase, not a topic ("能查", "要做"). */
export const functionCharacters = new Set([..."的了是吗呢吧啊能可要会想该得地着过在有和与或及就才都也还又再很不没别么什怎哪谁这那个们我你他她它用做开请问把被给让对从向"]);

/** Everyday words for the document's own ones, so "在哪里配置" is understood as the document's 设置. */
export const synonyms: ReadonlyMap<string, string> = new Map([
  ["配置", "设置"], ["修改", "设置"], ["更改", "设置"], ["设定", "设置"],
  ["拒绝", "驳回"], ["打回", "驳回"], ["退回", "驳回"], ["没通过", "驳回"],
  ["审批", "审核"], ["过审", "审核"], ["周期", "时长"], ["时间", "时长"],
]);
