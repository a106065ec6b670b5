namespace Competition.Api.Plumbing;

/// The Chinese of every problem text the Domain and the Api write: English template (holes named in
/// braces, filled by the value the English had there) → Chinese. A more specific template comes before a
/// more general one of the same shape (the first that matches wins). ProblemTextsTests checks that every
/// template is a message that occurs in the sources and that every message there has one.
static partial class ProblemTextsZhCn
{
    /// Titles of the problems this API writes.
    public static readonly string[][] Titles =
    [
        ["Invalid request", "请求有误"],
        ["Malformed request", "请求格式有误"],
        ["Request too large", "请求过大"],
        ["Not signed in", "未登录"],
        ["Not allowed", "无权操作"],
        ["Not found", "未找到"],
        ["Not allowed in the current state", "当前状态不允许此操作"],
        ["Changed by someone else", "已被他人修改"],
        ["Not up to date yet", "数据尚未更新"],
        ["Temporarily unavailable", "暂时无法使用"],
        ["Unexpected error", "服务器出错"],
        ["Contest not found", "未找到赛事"],
        ["Category not found", "未找到赛项"],
        ["Judge token needed", "需要裁判令牌"],
        ["Not a judge's token", "不是裁判令牌"],
        ["Unknown judge token", "裁判令牌无效"],
        ["Invalid QR text", "二维码内容有误"],
        ["Unsupported media type", "不支持的内容类型"],
        ["Too many imports", "导入过于频繁"],
        ["Too many failed sign-ins", "登录失败次数过多"],
    ];

    /// Details and field messages: access, the request itself, and what the server can say of itself.
    public static readonly string[][] Requests =
    [
        ["Send the admin key as a Bearer token.", "请以 Bearer 令牌的形式发送管理员密钥。"],
        ["Only the admin key may create contests.", "只有管理员密钥可以创建赛事：请使用管理员密钥。"],
        ["Only the contest's organizer may do this.", "只有本赛事的组织方可以执行此操作：请使用组织方令牌登录。"],
        ["Only a judge appointed in this contest may do this.", "只有本赛事委派的裁判可以执行此操作：请使用本赛事的裁判令牌登录。"],
        ["Only the organizer or a judge of this contest may do this.", "只有本赛事的组织方或裁判可以执行此操作：请使用本赛事的令牌登录。"],
        ["Send your token as 'Authorization: Bearer <token>'.", "请以 'Authorization: Bearer <令牌>' 的形式发送令牌。"],
        ["This token is not valid.", "该令牌无效：请向组织方索取新的令牌。"],
        ["Send the judge's token as 'Authorization: Bearer <token>'.", "请以 'Authorization: Bearer <令牌>' 的形式发送裁判令牌。"],
        ["No judge has this token.", "没有裁判持有该令牌：请向组织方索取新的裁判令牌。"],
        ["This is an organizer's or the admin's token; sign in on the tablet with the judge's own token.", "这是组织方或管理员的令牌：请在平板上用裁判本人的令牌登录。"],
        ["Only the organizer and the category's chief judges see an entry's sheets", "只有组织方和本赛项的裁判长可以查看参赛者的评分表"],
        ["Only the organizer and the category's chief judges see the category's sheets", "只有组织方和本赛项的裁判长可以查看本赛项的评分表"],
        ["Only the organizer and the category's chief judges see the judge analysis", "只有组织方和本赛项的裁判长可以查看裁判评分分析"],
        ["Only the organizer and the category's chief judges run its review (复核)", "只有组织方和本赛项的裁判长可以进行复核"],
        ["Send the body as JSON: Content-Type: application/json (UTF-8).", "请以 JSON 发送请求体：Content-Type: application/json（UTF-8）。"],
        ["The body is {length} bytes; at most {max} are accepted.", "请求体有 {length} 字节，最多接受 {max} 字节：请缩小后重发。"],
        ["This contest takes at most {count} CSV imports a minute; try again in {seconds} seconds.", "本赛事每分钟最多导入 {count} 次 CSV：请 {seconds} 秒后再试。"],
        ["Too many requests from this address were refused for an unknown token; try again in {seconds} seconds.", "来自此地址的请求因令牌无效被拒绝次数过多：请 {seconds} 秒后再试。"],
        ["The data changed since you read it; reload and try again.", "数据在您读取后已被修改：请刷新后重试。"],
        ["The database cannot be reached right now; try again in a moment.", "暂时无法连接数据库：请稍后再试。"],
        ["Something went wrong on the server; the request was not applied.", "服务器出错，本次请求未生效：请稍后再试。"],
        ["The awards view has not caught up with the last awards decision yet; try again in a moment.", "获奖信息尚未更新到最近一次决定：请稍后再试。"],
        ["The board has not reached sequence {after} yet; try again in a moment.", "成绩榜尚未更新到序号 {after}：请稍后再试。"],
        ["after must be a sequence number of 0 or more", "after 须为 0 或更大的序号"],
        ["There is no contest '{cid}'.", "没有赛事「{cid}」：请检查链接或赛事编号。"],
        ["Contest '{cid}' has no category '{catId}'.", "赛事「{cid}」中没有赛项「{catId}」：请检查链接。"],
        ["text is required and at most {max} characters long.", "text 为必填项，最多 {max} 个字符。"],
        ["text is too long for a QR code.", "text 太长，无法生成二维码：请缩短。"],
        ["The request body must be a JSON object", "请求体须为 JSON 对象"],
        ["seed must be a whole number or a text of 1 to 100 characters", "seed 须为整数，或 1 到 100 个字符的文字"],
        ["Idempotency-Key must be at most 100 visible ASCII characters, e.g. a UUID", "Idempotency-Key 最多 100 个可见 ASCII 字符，例如一个 UUID"],
        ["If-Match must be the sheet's version, e.g. \"3\"", "If-Match 须为评分表的版本号，例如 \"3\""],
        ["This Idempotency-Key was already used for another mark; send each new mark with a key of its own", "该 Idempotency-Key 已用于另一次打分：每次新的打分请使用各自的键"],
        ["The sheet is at version {version}, not {expected}; reload it and try again", "评分表当前为第 {version} 版，不是第 {expected} 版：请刷新后重试"],
        ["The CSV needs the header line: category,name,organization,members (or 赛项,姓名,单位,队员)", "CSV 须有表头行：赛项,姓名,单位,队员（或 category,name,organization,members）"],
        ["The CSV is not valid {encoding} (byte {index} cannot be read): save it as \"CSV UTF-8\", or declare its charset", "CSV 不是有效的 {encoding}（第 {index} 字节无法读取）：请另存为“CSV UTF-8”，或声明其字符集"],
        ["No category named '{name}' in this contest", "本赛事没有名为「{name}」的赛项：请先添加该赛项，或改正赛项名称"],
        ["The contest changed while the file was being registered: {registered} of {count} entries are registered. Send the same file again to register the rest.",
            "登记文件期间赛事发生了变化：{count} 个参赛者中已登记 {registered} 个。请再次发送同一文件以登记其余参赛者。"],
        ["{field} '{value}' begins with '{first}', which a spreadsheet runs as a formula; remove that character", "{field}「{value}」以「{first}」开头，电子表格会将其当作公式执行：请去掉该字符"],
    ];

    /// The checks of RequestCheck and of the endpoints, field names first; after the Domain's, whose are more specific.
    public static readonly string[][] Fields =
    [
        ["{field} contains U+FFFD, the mark of text decoded in the wrong encoding; send it as UTF-8", "{field} 含有 U+FFFD，说明文字按错误的编码解码：请以 UTF-8 发送"],
        ["{field} contains a control character (U+{code})", "{field} 含有控制字符（U+{code}）：请删除"],
        ["{field} contains half of a surrogate pair", "{field} 含有不完整的代理对字符：请重新输入"],
        ["{field} is longer than {max} characters", "{field} 超过 {max} 个字符：请缩短"],
        ["{field} is required", "{field} 为必填项"],
        ["{field} must be a number with at most 2 decimals, e.g. 7.5", "{field} 须为最多 2 位小数的数，例如 7.5"],
        ["{field} must be a number", "{field} 须为数字"],
        ["{field} must be an id", "{field} 须为编号（id）"],
        ["{field} needs at least one id", "{field} 至少需要一个编号（id）"],
        ["{field} must be one of: {names}", "{field} 须为以下之一：{names}"],
        ["{field} must be a whole number from {min} to {max}", "{field} 须为 {min} 到 {max} 的整数"],
        ["locale must be zh-CN or en", "locale 须为 zh-CN 或 en"],
        ["lang must be zh-CN or en", "lang 须为 zh-CN 或 en"],
        ["maxPoints must be more than 0 and at most 10000", "maxPoints 须大于 0 且不超过 10000"],
        ["weight must be more than 0 and at most 100 (a percentage: 30 for 30 %)", "weight 须大于 0 且不超过 100（百分数：30 表示 30%）"],
        ["weight must be between 0 and 100", "weight 须在 0 到 100 之间"],
        ["trim must be between 0 and 10", "trim 须在 0 到 10 之间"],
        ["days must be between 0 and 365", "days 须在 0 到 365 之间"],
        ["Give between 1 and 20 tiers", "请设置 1 到 20 个奖项等级"],
        ["At most {max} members", "队员最多 {max} 人"],
    ];

    /// What ASP.NET Core, Wolverine and System.Text.Json write themselves: the default titles of a status, a
    /// query value that does not parse, and a body that is no JSON or not of the route's shape (whose English
    /// names .NET types: the Chinese says where, and leaves them out).
    public static readonly string[][] Framework =
    [
        ["Bad Request", "请求有误"],
        ["Unauthorized", "未登录"],
        ["Forbidden", "无权操作"],
        ["Not Found", "未找到"],
        ["Method Not Allowed", "不支持该请求方法"],
        ["Not Acceptable", "无法提供所需的格式"],
        ["Conflict", "冲突"],
        ["Payload Too Large", "请求过大"],
        ["Unsupported Media Type", "不支持的内容类型"],
        ["Too Many Requests", "请求过于频繁"],
        ["Internal Server Error", "服务器出错"],
        ["Service Unavailable", "服务暂不可用"],
        ["An error occurred while processing your request.", "处理请求时出错。"],
        ["Invalid JSON format", "JSON 格式有误"],
        ["Invalid query string value", "查询参数有误"],
        ["Query string parameter '{name}' has the value '{value}' which cannot be parsed to the expected type {type}", "查询参数 {name} 的值「{value}」无法识别：请按接口说明填写"],
        ["The JSON value could not be converted to {type}. Path: {path} | LineNumber: {line} | BytePositionInLine: {position}.",
            "{path} 的值类型不对（第 {line} 行第 {position} 字节）：请按接口说明填写。"],
        ["{what} Path: {path} | LineNumber: {line} | BytePositionInLine: {position}.", "请求体不是有效的 JSON（{path}，第 {line} 行第 {position} 字节）：请检查后重发。"],
        ["{what} LineNumber: {line} | BytePositionInLine: {position}.", "请求体不是有效的 JSON（第 {line} 行第 {position} 字节）：请检查后重发。"],
    ];
}
