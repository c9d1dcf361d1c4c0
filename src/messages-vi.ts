/**
 * Vietnamese halves of messages whose English half comes from elsewhere: entity names, the reasons
 * of FORBIDDEN, and graphql-js's parse and validation errors. Every client message is "vi / en".
 */

/** What each entity is called in Vietnamese ("Không tìm thấy văn bản", not "... Document"). */
export const ENTITY_VI: Record<string, string> = {
  AuditEvent: "sự kiện nhật ký",
  Document: "văn bản",
  Indicator: "chỉ tiêu",
  IndicatorTarget: "mục tiêu của chỉ tiêu",
  LegalBasis: "căn cứ",
  Locality: "địa bàn",
  Measurement: "số liệu",
  Node: "bản ghi",
  Organisation: "cơ quan, tổ chức",
  Report: "báo cáo",
  ReportFigure: "số liệu của báo cáo",
  ReportSchedule: "lịch báo cáo",
  ReportSection: "mục của báo cáo",
  RoleGrant: "quyền được giao",
  Task: "nhiệm vụ",
  TaskUpdate: "cập nhật tiến độ",
  User: "người dùng",
};

export function entityVi(entity: string): string {
  return ENTITY_VI[entity] ?? "bản ghi";
}

/** The Vietnamese reason of each FORBIDDEN the policies give, by its English text. */
const FORBIDDEN_VI: Record<string, string> = {
  "You are not allowed to do this": "Không có quyền thực hiện thao tác này",
  "Only writers of the plan or notice may define indicators through it": "Chỉ người soạn kế hoạch, thông báo mới được giao chỉ tiêu qua văn bản đó",
  "Only writers of the plan or notice may assign work through it": "Chỉ người soạn kế hoạch, thông báo mới được giao nhiệm vụ qua văn bản đó",
  "Editors import reports only for their own organisation": "Biên tập viên chỉ nhập báo cáo của cơ quan mình",
  "Editors draft reports only for their own organisation": "Biên tập viên chỉ soạn báo cáo của cơ quan mình",
  "Editors create documents only as their own organisation": "Biên tập viên chỉ tạo văn bản do cơ quan mình ban hành",
  "Only an administrator of this locality may create organisations in it": "Chỉ quản trị viên của địa bàn mới được tạo cơ quan, tổ chức tại đó",
  "Only an administrator of this locality may change it": "Chỉ quản trị viên của địa bàn mới được sửa địa bàn đó",
  "Only an administrator of the parent locality may create localities": "Chỉ quản trị viên của địa bàn cấp trên mới được tạo địa bàn",
  "Only an administrator of this organisation may manage its users": "Chỉ quản trị viên của cơ quan mới được quản lý người dùng của cơ quan",
  "Only an administrator of both the user and the scope may grant this role": "Chỉ quản trị viên của cả người dùng và phạm vi được giao mới được giao quyền này",
  "Administrators may not change their own grants": "Quản trị viên không được tự sửa quyền của mình",
  "Administrators may not grant roles to themselves": "Quản trị viên không được tự giao quyền cho mình",
  "Only an approver of the reporting body may sign and submit its report": "Chỉ người duyệt của cơ quan báo cáo mới được ký và gửi báo cáo",
  "Only an approver of a recipient organisation may accept or return this report": "Chỉ người duyệt của cơ quan nhận mới được tiếp nhận hoặc trả lại báo cáo này",
  "Only editors of the reporting body may revise its report": "Chỉ biên tập viên của cơ quan báo cáo mới được sửa báo cáo",
  "Only editors of the issuing organisation may change this document": "Chỉ biên tập viên của cơ quan ban hành mới được sửa văn bản này",
  "Only editors of the measured organisation may record its figures": "Chỉ biên tập viên của cơ quan được đo mới được ghi số liệu của cơ quan đó",
  "Only editors of the reporting organisation may report its progress": "Chỉ biên tập viên của cơ quan thực hiện mới được báo cáo tiến độ",
  "Only the lead organisation's editors may change this task": "Chỉ biên tập viên của cơ quan chủ trì mới được sửa nhiệm vụ này",
  "Work may be assigned only to your own bloc, or by a steering committee to bodies of its locality": "Chỉ được giao việc trong khối của mình, hoặc Ban Chỉ đạo giao cho các cơ quan trên địa bàn",
  "Only an administrator or a coordinator over this body may set its reporting obligations": "Chỉ quản trị viên hoặc Ban Chỉ đạo phụ trách cơ quan mới được đặt lịch báo cáo của cơ quan",
  "You may no longer follow the change feed": "Không còn quyền theo dõi dòng thay đổi",
  "The client fell too far behind; reconnect with the last cursor": "Máy khách đã chậm quá xa; hãy kết nối lại với con trỏ cuối cùng",
};

/** Reasons that carry a value, matched by their English shape. */
const FORBIDDEN_VI_PATTERNS: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^Recording a (\w+) document needs a clearance at that level$/, (level) => `Ghi nhận văn bản mật (${level}) cần được cấp quyền tiếp cận ở mức đó`],
  [/^This report is (\w+): it cannot change; revise it as a new version$/, (status) => `Báo cáo đang ở trạng thái ${status}: không sửa được; hãy lập phiên bản mới`],
  [/^You may not (\w+) this (\w+)$/, (action, entity) => `Không được ${action} ${entityVi(entity)} này`],
];

/** The Vietnamese reason of a FORBIDDEN, or null when none is known for this English text. */
export function forbiddenVi(en: string): string | null {
  if (FORBIDDEN_VI[en]) return FORBIDDEN_VI[en];
  for (const [pattern, vi] of FORBIDDEN_VI_PATTERNS) {
    const match = pattern.exec(en);
    if (match) return vi(...match.slice(1));
  }
  return null;
}

/** graphql-js's parse and validation messages, in Vietnamese, by their English shape. */
const GRAPHQL_VI: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^Syntax Error: (.*)$/, () => "Lỗi cú pháp GraphQL"],
  [/^Cannot query field "([^"]+)" on type "([^"]+)"/, (field, type) => `Kiểu "${type}" không có trường "${field}"`],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"/, (arg, field) => `Trường "${field}" không có tham số "${arg}"`],
  [/^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required/, (field, arg, type) => `Thiếu tham số bắt buộc "${arg}" (${type}) của trường "${field}"`],
  [/^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields/, (field) => `Trường "${field}" cần chọn các trường con`],
  [/^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields/, (field) => `Trường "${field}" không có trường con`],
  [/^Unknown type "([^"]+)"/, (type) => `Không có kiểu "${type}"`],
  [/^Variable "\$([^"]+)" is never used/, (name) => `Biến "$${name}" không được dùng`],
  [/^Variable "\$([^"]+)" is not defined/, (name) => `Biến "$${name}" chưa được khai báo`],
  [/^Variable "\$([^"]+)" of required type "([^"]+)" was not provided/, (name, type) => `Thiếu biến bắt buộc "$${name}" (${type})`],
  [/^Unknown fragment "([^"]+)"/, (name) => `Không có fragment "${name}"`],
  [/^Fragment "([^"]+)" is never used/, (name) => `Fragment "${name}" không được dùng`],
  [/^Unknown directive "([^"]+)"/, (name) => `Không có directive "${name}"`],
  [/^There can be only one operation named "([^"]+)"/, (name) => `Chỉ được có một thao tác tên "${name}"`],
  [/^Must provide query string|^GraphQL operations must contain/, () => "Yêu cầu không chứa truy vấn GraphQL"],
  [/^Unknown operation named "([^"]+)"/, (name) => `Không có thao tác tên "${name}"`],
  [/^Must provide operation name if query contains multiple operations/, () => "Truy vấn có nhiều thao tác: cần chỉ rõ operationName"],
];

/** The Vietnamese half of a graphql-js parse or validation message (a general one when unknown). */
export function graphqlVi(en: string): string {
  for (const [pattern, vi] of GRAPHQL_VI) {
    const match = pattern.exec(en);
    if (match) return vi(...match.slice(1));
  }
  return en.startsWith("Syntax Error") ? "Lỗi cú pháp GraphQL" : "Truy vấn GraphQL không hợp lệ";
}

/** Expected forms of the scalars an input may fail, for "expected YYYY-MM-DD"-style messages. */
const SCALAR_FORMAT: Record<string, [string, string]> = {
  LocalDate: ["ngày dạng YYYY-MM-DD (ví dụ 2026-06-30)", "a date as YYYY-MM-DD (e.g. 2026-06-30)"],
  DateTimeISO: ["thời điểm ISO 8601 (ví dụ 2026-06-30T08:00:00Z)", "an ISO 8601 date-time (e.g. 2026-06-30T08:00:00Z)"],
  Int: ["số nguyên", "an integer"],
  Float: ["số", "a number"],
  Boolean: ["true hoặc false", "true or false"],
  String: ["chuỗi ký tự", "a string"],
  ID: ["mã định danh (id)", "an id"],
  JSONObject: ["đối tượng JSON", "a JSON object"],
};

/**
 * A field message for a value graphql-js refused: what was expected, in both languages
 * ("cần ngày dạng YYYY-MM-DD / expected a date as YYYY-MM-DD: ...").
 */
export function valueProblem(en: string): string {
  const enumValue = /Value "([^"]*)" does not exist in "([^"]+)" enum/.exec(en);
  if (enumValue) return `giá trị "${enumValue[1]}" không thuộc ${enumValue[2]} / ${en}`;
  const scalar = /(?:Expected (?:value of )?type "?([A-Za-z]+)!?"?|cannot represent[^:]*|not a valid ([A-Za-z]+))/.exec(en);
  const type = scalar?.[1] ?? scalar?.[2] ?? Object.keys(SCALAR_FORMAT).find((name) => en.includes(name));
  const format = type ? SCALAR_FORMAT[type] : undefined;
  if (format) return `cần ${format[0]} / expected ${format[1]}: ${en}`;
  if (/of required type "([^"]+)" was not provided|of required type/.test(en)) return `thiếu giá trị bắt buộc / ${en}`;
  if (/is not defined by type/.test(en)) return `trường không có trong kiểu dữ liệu / ${en}`;
  return `giá trị không hợp lệ / ${en}`;
}
