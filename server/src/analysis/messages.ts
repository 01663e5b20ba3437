/** Messages of the semantic model (names and imports), in the drafter's language. */
import type { Localized } from "../../../grammar/src/index.ts";
import { localized as m } from "../../../grammar/src/locale.ts";

export const NAME_MESSAGES = {
  unknown: m(
    "No {kind} named `{name}` is declared here or in an imported file.{suggestion}",
    "本文件及导入的文件中没有名为“{name}”的{kind}。{suggestion}",
    "本檔案及導入的檔案中沒有名為「{name}」的{kind}。{suggestion}",
  ),
  didYouMean: m(" Did you mean `{name}`?", "是否应为“{name}”？", "是否應為「{name}」？"),
  declareIt: m(
    " Declare it, or import the file that does.",
    "请声明它，或导入声明它的文件。",
    "請聲明它，或導入聲明它的檔案。",
  ),
  wrongKind: m(
    "`{name}` is a {actual}, but a {expected} is needed here.",
    "“{name}”是{actual}，此处需要{expected}。",
    "「{name}」是{actual}，此處需要{expected}。",
  ),
  duplicate: m(
    "`{name}` is already declared as a {kind}; references to it would be ambiguous. Rename one of them.",
    "“{name}”已被声明为{kind}，引用将产生歧义。请为其中之一改名。",
    "「{name}」已被聲明為{kind}，引用將產生歧義。請為其中之一改名。",
  ),
  firstDeclared: m("first declared here", "首次声明于此", "首次聲明於此"),
  importedDuplicate: m(
    "`{name}` is declared both in `{first}` and in `{second}`, which this file imports: references to it would be ambiguous, and a system applying the policy could not tell the two apart. Rename one of them, or import only one of the files.",
    "本文件导入的“{first}”和“{second}”都声明了“{name}”：引用将产生歧义，执行本政策的系统也无法区分二者。请为其中之一改名，或只导入其中一个文件。",
    "本檔案導入的「{first}」和「{second}」都聲明了「{name}」：引用將產生歧義，執行本政策的系統也無法區分二者。請為其中之一改名，或只導入其中一個檔案。",
  ),
  declaredHere: m("declared here", "声明于此", "聲明於此"),
  tierCycle: m(
    "The tier hierarchy goes round in a circle: {chain}. Each tier needs a superior above it, ending at the top.",
    "层级隶属关系形成循环：{chain}。每个层级的上级都应在其之上，最终到达最高层级。",
    "層級隸屬關係形成循環：{chain}。每個層級的上級都應在其之上，最終到達最高層級。",
  ),
  refinesCycle: m(
    "These duties refine each other in a circle: {chain}. A duty can only refine a broader duty.",
    "这些责任相互细化形成循环：{chain}。责任只能细化更上位的责任。",
    "這些責任相互細化形成循環：{chain}。責任只能細化更上位的責任。",
  ),
  importNotFound: m(
    "Cannot find `{path}` to import. Check the path: it is relative to this file.",
    "找不到要导入的“{path}”。请检查路径：路径相对于本文件。",
    "找不到要導入的「{path}」。請檢查路徑：路徑相對於本檔案。",
  ),
  importOutside: m(
    "`{path}` lies outside the workspace; imports may only name files inside it. Copy the shared file into the workspace.",
    "“{path}”位于工作区之外；只能导入工作区内的文件。请把共享文件复制到工作区内。",
    "「{path}」位於工作區之外；只能導入工作區內的檔案。請把共享檔案複製到工作區內。",
  ),
  importCycle: m(
    "This import leads back to this file: {chain}. Move the shared clauses into a file that imports nothing.",
    "此导入最终又导入了本文件：{chain}。请把共享条款移到一个不导入其他文件的文件中。",
    "此導入最終又導入了本檔案：{chain}。請把共享條款移到一個不導入其他檔案的檔案中。",
  ),
} satisfies Record<string, Localized>;

export const KIND_NAMES: Readonly<Record<string, Localized>> = {
  tier: m("tier", "层级", "層級"),
  duty: m("duty", "责任", "責任"),
  exemption: m("exemption", "免责条款", "免責條款"),
  tolerance: m("tolerance clause", "容错条款", "容錯條款"),
  case: m("case", "案例", "案例"),
  clause: m("exemption or tolerance clause", "免责或容错条款", "免責或容錯條款"),
};
