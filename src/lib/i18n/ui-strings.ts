/**
 * The site's own words around a post, by language: one table, so a translation of the interface
 * is one row. A language without a row, or a row without a word, falls back to English.
 *
 * Placeholders in braces (`{name}`, `{date}`, `{n}`) are filled by `formatUiString`; a row uses
 * the same placeholders as English (a unit test checks). Counts (`{n}`, `{count}`, `{shown}`)
 * are written without plural endings where the language has several, so one sentence fits
 * every number.
 */
export interface UiStrings {
  /** Heading of the table of contents. */
  contents: string;
  /** Reading time, `{n}` minutes. */
  minRead: string;
  olderPost: string;
  newerPost: string;
  /** Label of the older/newer navigation. */
  olderAndNewer: string;
  /** Lead-in to the list of a post's other languages. */
  otherLanguages: string;
  /** Under the title of a translation, `{name}` is the translator. */
  translatedBy: string;
  /** On a translation older than its original's last update, `{date}` is that update. */
  translationOutdated: string;
  /** Link text to the original of an outdated translation. */
  readOriginal: string;
  /** Cross-reference words: "Figure 2", "Table 1", "Equation (1)", "Section 3". */
  figure: string;
  table: string;
  equation: string;
  section: string;
  /** Titles of the callout boxes (`> [!NOTE]`, `> [!TIP]`, …). */
  calloutNote: string;
  calloutTip: string;
  calloutImportant: string;
  calloutWarning: string;
  calloutCaution: string;
  /** After the first author of a narrative citation with three or more: "Devlin et al.". */
  etAl: string;
  /** Label of the "Cite this post" block's BibTeX entry. */
  bibtexEntry: string;
  /** Heading of a bibliography the post did not head itself. */
  references: string;
  citeThisPost: string;
  copy: string;
  copied: string;
  /** The copy button's name, without and with the code block's `{title}`. */
  copyCode: string;
  copyTitled: string;
  /** Said when the browser does not let the page copy: the code is selected instead. */
  copyFailed: string;
  /** Accessible name of the table of contents' navigation. */
  tableOfContents: string;
  skipToContent: string;
  /** Name of the theme toggle (pressed means dark). */
  darkTheme: string;
  /** Accessible name of the header's navigation and search landmarks. */
  siteNavigation: string;
  /** The header's links, and the home page's heading. */
  posts: string;
  tags: string;
  archive: string;
  about: string;
  /** The search field's label. */
  searchLabel: string;
  searchButton: string;
  searchPlaceholder: string;
  /** Heading and title of the search page. */
  searchTitle: string;
  searchDescription: string;
  /** What the search page's live region says; `{query}` is what the reader typed. */
  searchNoResults: string;
  searchOneResult: string;
  searchResults: string;
  /** More results than are shown: `{n}` found, the first `{shown}` listed. */
  searchFirstResults: string;
  searchUnavailable: string;
  searchNeedsScript: string;
  searchNothingPublished: string;
  /** The page-not-found page. */
  notFoundTitle: string;
  notFoundText: string;
  latestPosts: string;
  /** Link from the page-not-found and search pages to the home page. */
  allPostsHome: string;
  nothingPublished: string;
  /** Accessible name of a list's page navigation. */
  pages: string;
  /** Links to the next page of a list, towards newer and towards older posts. */
  newerPosts: string;
  olderPosts: string;
  /** "Page 2 of 3". */
  pageOf: string;
  noPosts: string;
  allTags: string;
  /** Heading of a tag's page. */
  postsTagged: string;
  archiveDescription: string;
  /** The tag index: its two groups, and the number of posts under each tag. */
  languages: string;
  topics: string;
  noTags: string;
  tagsDescription: string;
  onePost: string;
  postCount: string;
  relatedPosts: string;
  aboutAuthor: string;
  /** A byline for an author the authors file does not describe. */
  writtenBy: string;
  authorWebsite: string;
  /** Beside the date, when the post gives `updated`. */
  updated: string;
  /** Name of the link after each heading, `{heading}` its text. */
  linkToSection: string;
  draftNotice: string;
  scheduledNotice: string;
}

export type UiStringKey = keyof UiStrings;

const ENGLISH: UiStrings = {
  contents: "Contents",
  minRead: "{n} min read",
  olderPost: "Older post",
  newerPost: "Newer post",
  olderAndNewer: "Older and newer posts",
  otherLanguages: "Also in",
  translatedBy: "Translated by {name}",
  translationOutdated: "The original was updated on {date}, after this translation.",
  readOriginal: "Read the original",
  figure: "Figure",
  table: "Table",
  equation: "Equation",
  section: "Section",
  calloutNote: "Note",
  calloutTip: "Tip",
  calloutImportant: "Important",
  calloutWarning: "Warning",
  calloutCaution: "Caution",
  etAl: "et al.",
  bibtexEntry: "BibTeX",
  references: "References",
  citeThisPost: "Cite this post",
  copy: "Copy",
  copied: "Copied",
  copyCode: "Copy code",
  copyTitled: "Copy code: {title}",
  copyFailed: "Copying is not available here; the code is selected, press Ctrl+C or ⌘C",
  tableOfContents: "Table of contents",
  skipToContent: "Skip to content",
  darkTheme: "Dark theme",
  siteNavigation: "Site",
  posts: "Posts",
  tags: "Tags",
  archive: "Archive",
  about: "About",
  searchLabel: "Search posts",
  searchButton: "Search",
  searchPlaceholder: "Words, titles or tags",
  searchTitle: "Search",
  searchDescription: "Search the posts of this site by the words in them.",
  searchNoResults: "No results for “{query}”.",
  searchOneResult: "{n} result for “{query}”.",
  searchResults: "{n} results for “{query}”.",
  searchFirstResults:
    "{n} results for “{query}”; the first {shown} are shown. Add words to narrow the search.",
  searchUnavailable:
    "Search is not available right now: its index could not be loaded. Please try again later.",
  searchNeedsScript: "Showing results needs JavaScript, which is off in this browser.",
  searchNothingPublished: "Nothing has been published yet, so there is nothing to search.",
  notFoundTitle: "Page not found",
  notFoundText:
    "There is no page at this address. The page may have moved or the address may be mistyped: search the posts for it, or start from one of the latest posts.",
  latestPosts: "Latest posts",
  allPostsHome: "All posts, on the home page",
  nothingPublished: "Nothing has been published yet.",
  pages: "Pages",
  newerPosts: "Newer posts",
  olderPosts: "Older posts",
  pageOf: "Page {n} of {count}",
  noPosts: "No posts yet.",
  allTags: "All tags",
  postsTagged: "Posts tagged “{tag}”",
  archiveDescription: "Every post, by year, newest first.",
  languages: "Languages",
  topics: "Topics",
  noTags: "No tags yet.",
  tagsDescription:
    "Every language and topic the posts are tagged with, and how many posts each has.",
  onePost: "{n} post",
  postCount: "{n} posts",
  relatedPosts: "Related posts",
  aboutAuthor: "About the author",
  writtenBy: "Written by {name}.",
  authorWebsite: "Website of {name}",
  updated: "Updated {date}",
  linkToSection: "Link to this section: {heading}",
  draftNotice: "Draft: shown only in the preview, never published.",
  scheduledNotice: "Scheduled: dated in the future, so not published yet.",
};

const JAPANESE: UiStrings = {
  contents: "目次",
  minRead: "{n}分で読めます",
  olderPost: "前の記事",
  newerPost: "次の記事",
  olderAndNewer: "前後の記事",
  otherLanguages: "他の言語",
  translatedBy: "翻訳: {name}",
  translationOutdated: "原文は翻訳後の {date} に更新されています。",
  readOriginal: "原文を読む",
  figure: "図",
  table: "表",
  equation: "式",
  section: "節",
  calloutNote: "注記",
  calloutTip: "ヒント",
  calloutImportant: "重要",
  calloutWarning: "警告",
  calloutCaution: "注意",
  etAl: "ほか",
  bibtexEntry: "BibTeX",
  references: "参考文献",
  citeThisPost: "この記事の引用",
  copy: "コピー",
  copied: "コピーしました",
  copyCode: "コードをコピー",
  copyTitled: "コードをコピー: {title}",
  copyFailed: "ここではコピーできません。コードを選択したので Ctrl+C か ⌘C を押してください",
  tableOfContents: "目次",
  skipToContent: "本文へ移動",
  darkTheme: "ダークテーマ",
  siteNavigation: "サイト",
  posts: "記事",
  tags: "タグ",
  archive: "アーカイブ",
  about: "このサイトについて",
  searchLabel: "記事を検索",
  searchButton: "検索",
  searchPlaceholder: "キーワード、タイトル、タグ",
  searchTitle: "検索",
  searchDescription: "このサイトの記事を、含まれる言葉で検索します。",
  searchNoResults: "「{query}」に一致する記事はありません。",
  searchOneResult: "「{query}」の検索結果: {n} 件",
  searchResults: "「{query}」の検索結果: {n} 件",
  searchFirstResults:
    "「{query}」の検索結果: {n} 件（最初の {shown} 件を表示）。言葉を足すと絞り込めます。",
  searchUnavailable:
    "検索用の索引を読み込めなかったため、いまは検索できません。しばらくしてからもう一度お試しください。",
  searchNeedsScript:
    "検索結果の表示には JavaScript が必要ですが、このブラウザでは無効になっています。",
  searchNothingPublished: "まだ記事が公開されていないため、検索できるものがありません。",
  notFoundTitle: "ページが見つかりません",
  notFoundText:
    "このアドレスにはページがありません。ページが移動したか、アドレスが間違っているのかもしれません。記事を検索するか、最新の記事からたどってください。",
  latestPosts: "最新の記事",
  allPostsHome: "すべての記事（ホーム）",
  nothingPublished: "まだ記事は公開されていません。",
  pages: "ページ",
  newerPosts: "新しい記事",
  olderPosts: "古い記事",
  pageOf: "{count}ページ中{n}ページ目",
  noPosts: "まだ記事がありません。",
  allTags: "すべてのタグ",
  postsTagged: "タグ「{tag}」の記事",
  archiveDescription: "すべての記事を年ごとに、新しい順に並べています。",
  languages: "言語",
  topics: "トピック",
  noTags: "まだタグはありません。",
  tagsDescription: "記事に付けられた言語とトピックの一覧と、それぞれの記事数です。",
  onePost: "{n} 件",
  postCount: "{n} 件",
  relatedPosts: "関連記事",
  aboutAuthor: "著者について",
  writtenBy: "著者: {name}",
  authorWebsite: "{name} のウェブサイト",
  updated: "{date} 更新",
  linkToSection: "このセクションへのリンク: {heading}",
  draftNotice: "下書き: プレビューにだけ表示され、公開されません。",
  scheduledNotice: "予約投稿: 日付が未来なので、まだ公開されていません。",
};

const SIMPLIFIED_CHINESE: UiStrings = {
  contents: "目录",
  minRead: "阅读时间 {n} 分钟",
  olderPost: "上一篇",
  newerPost: "下一篇",
  olderAndNewer: "上一篇和下一篇",
  otherLanguages: "其他语言版本",
  translatedBy: "译者：{name}",
  translationOutdated: "原文已于 {date} 更新，晚于本译文。",
  readOriginal: "阅读原文",
  figure: "图",
  table: "表",
  equation: "公式",
  section: "节",
  calloutNote: "说明",
  calloutTip: "提示",
  calloutImportant: "重要",
  calloutWarning: "警告",
  calloutCaution: "注意",
  etAl: "等",
  bibtexEntry: "BibTeX",
  references: "参考文献",
  citeThisPost: "引用本文",
  copy: "复制",
  copied: "已复制",
  copyCode: "复制代码",
  copyTitled: "复制代码：{title}",
  copyFailed: "此处无法复制；代码已选中，请按 Ctrl+C 或 ⌘C",
  tableOfContents: "目录",
  skipToContent: "跳到正文",
  darkTheme: "深色主题",
  siteNavigation: "网站",
  posts: "文章",
  tags: "标签",
  archive: "归档",
  about: "关于",
  searchLabel: "搜索文章",
  searchButton: "搜索",
  searchPlaceholder: "关键词、标题或标签",
  searchTitle: "搜索",
  searchDescription: "按文字搜索本站的文章。",
  searchNoResults: "没有找到与“{query}”相关的结果。",
  searchOneResult: "“{query}”的搜索结果：{n} 条。",
  searchResults: "“{query}”的搜索结果：{n} 条。",
  searchFirstResults: "“{query}”的搜索结果：{n} 条，只显示前 {shown} 条。添加关键词可以缩小范围。",
  searchUnavailable: "无法加载搜索索引，暂时不能搜索。请稍后再试。",
  searchNeedsScript: "显示搜索结果需要 JavaScript，但此浏览器已将其关闭。",
  searchNothingPublished: "还没有发布任何文章，因此没有可搜索的内容。",
  notFoundTitle: "找不到页面",
  notFoundText:
    "此地址没有页面。页面可能已经移动，或者地址输入有误：可以搜索文章，或从最新的文章开始浏览。",
  latestPosts: "最新文章",
  allPostsHome: "首页上的全部文章",
  nothingPublished: "还没有发布任何文章。",
  pages: "分页",
  newerPosts: "较新的文章",
  olderPosts: "较早的文章",
  pageOf: "第 {n} 页，共 {count} 页",
  noPosts: "还没有文章。",
  allTags: "全部标签",
  postsTagged: "标签为“{tag}”的文章",
  archiveDescription: "按年份列出的全部文章，最新的在前。",
  languages: "语言",
  topics: "主题",
  noTags: "还没有标签。",
  tagsDescription: "文章使用的全部语言和主题标签，以及每个标签下的文章数。",
  onePost: "{n} 篇文章",
  postCount: "{n} 篇文章",
  relatedPosts: "相关文章",
  aboutAuthor: "关于作者",
  writtenBy: "作者：{name}",
  authorWebsite: "{name} 的网站",
  updated: "更新于 {date}",
  linkToSection: "本节链接：{heading}",
  draftNotice: "草稿：只在预览中显示，不会发布。",
  scheduledNotice: "定时发布：日期在未来，因此尚未发布。",
};

const TRADITIONAL_CHINESE: UiStrings = {
  contents: "目錄",
  minRead: "閱讀時間 {n} 分鐘",
  olderPost: "上一篇",
  newerPost: "下一篇",
  olderAndNewer: "上一篇與下一篇",
  otherLanguages: "其他語言版本",
  translatedBy: "譯者：{name}",
  translationOutdated: "原文已於 {date} 更新，晚於本譯文。",
  readOriginal: "閱讀原文",
  figure: "圖",
  table: "表",
  equation: "公式",
  section: "節",
  calloutNote: "說明",
  calloutTip: "提示",
  calloutImportant: "重要",
  calloutWarning: "警告",
  calloutCaution: "注意",
  etAl: "等",
  bibtexEntry: "BibTeX",
  references: "參考文獻",
  citeThisPost: "引用本文",
  copy: "複製",
  copied: "已複製",
  copyCode: "複製程式碼",
  copyTitled: "複製程式碼：{title}",
  copyFailed: "此處無法複製；程式碼已選取，請按 Ctrl+C 或 ⌘C",
  tableOfContents: "目錄",
  skipToContent: "跳至正文",
  darkTheme: "深色主題",
  siteNavigation: "網站",
  posts: "文章",
  tags: "標籤",
  archive: "彙整",
  about: "關於",
  searchLabel: "搜尋文章",
  searchButton: "搜尋",
  searchPlaceholder: "關鍵字、標題或標籤",
  searchTitle: "搜尋",
  searchDescription: "依文字搜尋本站的文章。",
  searchNoResults: "找不到與「{query}」相關的結果。",
  searchOneResult: "「{query}」的搜尋結果：{n} 筆。",
  searchResults: "「{query}」的搜尋結果：{n} 筆。",
  searchFirstResults:
    "「{query}」的搜尋結果：{n} 筆，只顯示前 {shown} 筆。加入更多關鍵字可以縮小範圍。",
  searchUnavailable: "無法載入搜尋索引，目前無法搜尋。請稍後再試。",
  searchNeedsScript: "顯示搜尋結果需要 JavaScript，但此瀏覽器已將其關閉。",
  searchNothingPublished: "尚未發布任何文章，因此沒有可搜尋的內容。",
  notFoundTitle: "找不到頁面",
  notFoundText:
    "此網址沒有頁面。頁面可能已經移動，或者網址輸入有誤：可以搜尋文章，或從最新的文章開始瀏覽。",
  latestPosts: "最新文章",
  allPostsHome: "首頁上的所有文章",
  nothingPublished: "尚未發布任何文章。",
  pages: "分頁",
  newerPosts: "較新的文章",
  olderPosts: "較舊的文章",
  pageOf: "第 {n} 頁，共 {count} 頁",
  noPosts: "還沒有文章。",
  allTags: "所有標籤",
  postsTagged: "標籤為「{tag}」的文章",
  archiveDescription: "依年份列出的所有文章，最新的在前。",
  languages: "語言",
  topics: "主題",
  noTags: "還沒有標籤。",
  tagsDescription: "文章使用的所有語言與主題標籤，以及每個標籤下的文章數。",
  onePost: "{n} 篇文章",
  postCount: "{n} 篇文章",
  relatedPosts: "相關文章",
  aboutAuthor: "關於作者",
  writtenBy: "作者：{name}",
  authorWebsite: "{name} 的網站",
  updated: "更新於 {date}",
  linkToSection: "本節連結：{heading}",
  draftNotice: "草稿：只在預覽中顯示，不會發布。",
  scheduledNotice: "排程發布：日期在未來，因此尚未發布。",
};

const KOREAN: UiStrings = {
  contents: "목차",
  minRead: "읽는 시간 {n}분",
  olderPost: "이전 글",
  newerPost: "다음 글",
  olderAndNewer: "이전 글과 다음 글",
  otherLanguages: "다른 언어",
  translatedBy: "번역: {name}",
  translationOutdated: "이 번역 이후 원문이 {date}에 수정되었습니다.",
  readOriginal: "원문 읽기",
  figure: "그림",
  table: "표",
  equation: "식",
  section: "절",
  calloutNote: "참고",
  calloutTip: "팁",
  calloutImportant: "중요",
  calloutWarning: "경고",
  calloutCaution: "주의",
  etAl: "외",
  bibtexEntry: "BibTeX",
  references: "참고 문헌",
  citeThisPost: "이 글 인용하기",
  copy: "복사",
  copied: "복사됨",
  copyCode: "코드 복사",
  copyTitled: "코드 복사: {title}",
  copyFailed: "여기서는 복사할 수 없습니다. 코드를 선택해 두었으니 Ctrl+C 또는 ⌘C를 누르세요",
  tableOfContents: "목차",
  skipToContent: "본문으로 건너뛰기",
  darkTheme: "어두운 테마",
  siteNavigation: "사이트",
  posts: "글",
  tags: "태그",
  archive: "보관함",
  about: "소개",
  searchLabel: "글 검색",
  searchButton: "검색",
  searchPlaceholder: "단어, 제목 또는 태그",
  searchTitle: "검색",
  searchDescription: "이 사이트의 글을 본문의 단어로 검색합니다.",
  searchNoResults: "“{query}”에 대한 검색 결과가 없습니다.",
  searchOneResult: "“{query}” 검색 결과 {n}건",
  searchResults: "“{query}” 검색 결과 {n}건",
  searchFirstResults:
    "“{query}” 검색 결과 {n}건 중 처음 {shown}건을 보여 줍니다. 단어를 더 넣으면 범위를 좁힐 수 있습니다.",
  searchUnavailable:
    "검색 색인을 불러오지 못해 지금은 검색할 수 없습니다. 잠시 후 다시 시도해 주세요.",
  searchNeedsScript: "검색 결과를 보려면 JavaScript가 필요하지만 이 브라우저에서는 꺼져 있습니다.",
  searchNothingPublished: "아직 게시된 글이 없어 검색할 내용이 없습니다.",
  notFoundTitle: "페이지를 찾을 수 없습니다",
  notFoundText:
    "이 주소에는 페이지가 없습니다. 페이지가 옮겨졌거나 주소를 잘못 입력했을 수 있습니다. 글을 검색하거나 최신 글부터 살펴보세요.",
  latestPosts: "최신 글",
  allPostsHome: "홈에서 모든 글 보기",
  nothingPublished: "아직 게시된 글이 없습니다.",
  pages: "페이지",
  newerPosts: "새 글",
  olderPosts: "지난 글",
  pageOf: "{count}페이지 중 {n}페이지",
  noPosts: "아직 글이 없습니다.",
  allTags: "모든 태그",
  postsTagged: "“{tag}” 태그의 글",
  archiveDescription: "모든 글을 연도별로, 최신 글부터 모았습니다.",
  languages: "언어",
  topics: "주제",
  noTags: "아직 태그가 없습니다.",
  tagsDescription:
    "글에 붙은 모든 언어와 주제 태그, 그리고 태그마다 몇 개의 글이 있는지 보여 줍니다.",
  onePost: "글 {n}개",
  postCount: "글 {n}개",
  relatedPosts: "관련 글",
  aboutAuthor: "글쓴이 소개",
  writtenBy: "글쓴이: {name}",
  authorWebsite: "{name}의 웹사이트",
  updated: "{date} 수정",
  linkToSection: "이 절로 가는 링크: {heading}",
  draftNotice: "초안: 미리보기에서만 보이며 게시되지 않습니다.",
  scheduledNotice: "예약됨: 날짜가 미래이므로 아직 게시되지 않았습니다.",
};

const NBSP = "\u00a0";

const FRENCH: UiStrings = {
  contents: "Sommaire",
  minRead: "{n} min de lecture",
  olderPost: "Article précédent",
  newerPost: "Article suivant",
  olderAndNewer: "Articles précédent et suivant",
  otherLanguages: "Aussi en",
  translatedBy: "Traduit par {name}",
  translationOutdated: "L’original a été mis à jour le {date}, après cette traduction.",
  readOriginal: "Lire l’original",
  figure: "Figure",
  table: "Tableau",
  equation: "Équation",
  section: "Section",
  calloutNote: "Remarque",
  calloutTip: "Astuce",
  calloutImportant: "Important",
  calloutWarning: "Avertissement",
  calloutCaution: "Attention",
  etAl: "et al.",
  bibtexEntry: "BibTeX",
  references: "Références",
  citeThisPost: "Citer cet article",
  copy: "Copier",
  copied: "Copié",
  copyCode: "Copier le code",
  copyTitled: `Copier le code${NBSP}: {title}`,
  copyFailed: `Impossible de copier ici${NBSP}; le code est sélectionné, appuyez sur Ctrl+C ou ⌘C`,
  tableOfContents: "Table des matières",
  skipToContent: "Aller au contenu",
  darkTheme: "Thème sombre",
  siteNavigation: "Site",
  posts: "Articles",
  tags: "Étiquettes",
  archive: "Archives",
  about: "À propos",
  searchLabel: "Rechercher dans les articles",
  searchButton: "Rechercher",
  searchPlaceholder: "Mots, titres ou étiquettes",
  searchTitle: "Recherche",
  searchDescription: "Rechercher les articles de ce site par les mots qu’ils contiennent.",
  searchNoResults: `Aucun résultat pour «${NBSP}{query}${NBSP}».`,
  searchOneResult: `{n} résultat pour «${NBSP}{query}${NBSP}».`,
  searchResults: `{n} résultats pour «${NBSP}{query}${NBSP}».`,
  searchFirstResults: `{n} résultats pour «${NBSP}{query}${NBSP}»${NBSP}; les {shown} premiers sont affichés. Ajoutez des mots pour affiner la recherche.`,
  searchUnavailable: `La recherche est indisponible pour le moment${NBSP}: son index n’a pas pu être chargé. Veuillez réessayer plus tard.`,
  searchNeedsScript:
    "L’affichage des résultats nécessite JavaScript, qui est désactivé dans ce navigateur.",
  searchNothingPublished: "Rien n’a encore été publié, il n’y a donc rien à rechercher.",
  notFoundTitle: "Page introuvable",
  notFoundText: `Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou l’adresse contient une faute de frappe${NBSP}: cherchez-la parmi les articles, ou partez de l’un des derniers articles.`,
  latestPosts: "Derniers articles",
  allPostsHome: "Tous les articles, sur la page d’accueil",
  nothingPublished: "Rien n’a encore été publié.",
  pages: "Pages",
  newerPosts: "Articles plus récents",
  olderPosts: "Articles plus anciens",
  pageOf: "Page {n} sur {count}",
  noPosts: "Aucun article pour l’instant.",
  allTags: "Toutes les étiquettes",
  postsTagged: `Articles avec l’étiquette «${NBSP}{tag}${NBSP}»`,
  archiveDescription: "Tous les articles, par année, du plus récent au plus ancien.",
  languages: "Langues",
  topics: "Sujets",
  noTags: "Aucune étiquette pour l’instant.",
  tagsDescription:
    "Toutes les langues et tous les sujets des articles, avec le nombre d’articles de chacun.",
  onePost: "{n} article",
  postCount: "{n} articles",
  relatedPosts: "Articles similaires",
  aboutAuthor: "À propos de l’auteur",
  writtenBy: "Écrit par {name}.",
  authorWebsite: "Site web de {name}",
  updated: "Mis à jour le {date}",
  linkToSection: `Lien vers cette section${NBSP}: {heading}`,
  draftNotice: `Brouillon${NBSP}: visible seulement dans l’aperçu, jamais publié.`,
  scheduledNotice: `Programmé${NBSP}: daté dans le futur, donc pas encore publié.`,
};

const SPANISH: UiStrings = {
  contents: "Contenido",
  minRead: "{n} min de lectura",
  olderPost: "Artículo anterior",
  newerPost: "Artículo siguiente",
  olderAndNewer: "Artículos anterior y siguiente",
  otherLanguages: "También en",
  translatedBy: "Traducido por {name}",
  translationOutdated: "El original se actualizó el {date}, después de esta traducción.",
  readOriginal: "Leer el original",
  figure: "Figura",
  table: "Tabla",
  equation: "Ecuación",
  section: "Sección",
  calloutNote: "Nota",
  calloutTip: "Consejo",
  calloutImportant: "Importante",
  calloutWarning: "Advertencia",
  calloutCaution: "Precaución",
  etAl: "et al.",
  bibtexEntry: "BibTeX",
  references: "Referencias",
  citeThisPost: "Citar este artículo",
  copy: "Copiar",
  copied: "Copiado",
  copyCode: "Copiar el código",
  copyTitled: "Copiar el código: {title}",
  copyFailed: "Aquí no se puede copiar; el código está seleccionado, pulsa Ctrl+C o ⌘C",
  tableOfContents: "Índice",
  skipToContent: "Saltar al contenido",
  darkTheme: "Tema oscuro",
  siteNavigation: "Sitio",
  posts: "Artículos",
  tags: "Etiquetas",
  archive: "Archivo",
  about: "Acerca de",
  searchLabel: "Buscar artículos",
  searchButton: "Buscar",
  searchPlaceholder: "Palabras, títulos o etiquetas",
  searchTitle: "Búsqueda",
  searchDescription: "Busca los artículos de este sitio por las palabras que contienen.",
  searchNoResults: "No hay resultados para «{query}».",
  searchOneResult: "{n} resultado para «{query}».",
  searchResults: "{n} resultados para «{query}».",
  searchFirstResults:
    "{n} resultados para «{query}»; se muestran los primeros {shown}. Añade palabras para acotar la búsqueda.",
  searchUnavailable:
    "La búsqueda no está disponible ahora: no se pudo cargar su índice. Inténtalo de nuevo más tarde.",
  searchNeedsScript:
    "Para mostrar los resultados hace falta JavaScript, que está desactivado en este navegador.",
  searchNothingPublished: "Todavía no se ha publicado nada, así que no hay nada que buscar.",
  notFoundTitle: "Página no encontrada",
  notFoundText:
    "No hay ninguna página en esta dirección. Puede que se haya movido o que la dirección esté mal escrita: búscala entre los artículos o empieza por uno de los más recientes.",
  latestPosts: "Artículos recientes",
  allPostsHome: "Todos los artículos, en la página de inicio",
  nothingPublished: "Todavía no se ha publicado nada.",
  pages: "Páginas",
  newerPosts: "Artículos más recientes",
  olderPosts: "Artículos más antiguos",
  pageOf: "Página {n} de {count}",
  noPosts: "Todavía no hay artículos.",
  allTags: "Todas las etiquetas",
  postsTagged: "Artículos con la etiqueta «{tag}»",
  archiveDescription: "Todos los artículos, por año, del más reciente al más antiguo.",
  languages: "Idiomas",
  topics: "Temas",
  noTags: "Todavía no hay etiquetas.",
  tagsDescription:
    "Todos los idiomas y temas con que se etiquetan los artículos, y cuántos artículos tiene cada uno.",
  onePost: "{n} artículo",
  postCount: "{n} artículos",
  relatedPosts: "Artículos relacionados",
  aboutAuthor: "Sobre el autor",
  writtenBy: "Escrito por {name}.",
  authorWebsite: "Sitio web de {name}",
  updated: "Actualizado el {date}",
  linkToSection: "Enlace a esta sección: {heading}",
  draftNotice: "Borrador: solo se muestra en la vista previa, nunca se publica.",
  scheduledNotice: "Programado: tiene fecha futura, así que aún no se ha publicado.",
};

const PORTUGUESE: UiStrings = {
  contents: "Sumário",
  minRead: "{n} min de leitura",
  olderPost: "Artigo anterior",
  newerPost: "Próximo artigo",
  olderAndNewer: "Artigos anterior e seguinte",
  otherLanguages: "Também em",
  translatedBy: "Traduzido por {name}",
  translationOutdated: "O original foi atualizado em {date}, depois desta tradução.",
  readOriginal: "Ler o original",
  figure: "Figura",
  table: "Tabela",
  equation: "Equação",
  section: "Seção",
  calloutNote: "Nota",
  calloutTip: "Dica",
  calloutImportant: "Importante",
  calloutWarning: "Aviso",
  calloutCaution: "Cuidado",
  etAl: "et al.",
  bibtexEntry: "BibTeX",
  references: "Referências",
  citeThisPost: "Citar este artigo",
  copy: "Copiar",
  copied: "Copiado",
  copyCode: "Copiar o código",
  copyTitled: "Copiar o código: {title}",
  copyFailed: "Não é possível copiar aqui; o código está selecionado, pressione Ctrl+C ou ⌘C",
  tableOfContents: "Sumário",
  skipToContent: "Pular para o conteúdo",
  darkTheme: "Tema escuro",
  siteNavigation: "Site",
  posts: "Artigos",
  tags: "Tags",
  archive: "Arquivo",
  about: "Sobre",
  searchLabel: "Pesquisar artigos",
  searchButton: "Pesquisar",
  searchPlaceholder: "Palavras, títulos ou tags",
  searchTitle: "Pesquisa",
  searchDescription: "Pesquise os artigos deste site pelas palavras que eles contêm.",
  searchNoResults: "Nenhum resultado para “{query}”.",
  searchOneResult: "{n} resultado para “{query}”.",
  searchResults: "{n} resultados para “{query}”.",
  searchFirstResults:
    "{n} resultados para “{query}”; são mostrados os primeiros {shown}. Acrescente palavras para refinar a pesquisa.",
  searchUnavailable:
    "A pesquisa não está disponível agora: não foi possível carregar o índice. Tente novamente mais tarde.",
  searchNeedsScript:
    "Para mostrar os resultados é preciso JavaScript, que está desativado neste navegador.",
  searchNothingPublished: "Nada foi publicado ainda, então não há o que pesquisar.",
  notFoundTitle: "Página não encontrada",
  notFoundText:
    "Não há nenhuma página neste endereço. A página pode ter mudado de lugar ou o endereço pode estar errado: procure-a nos artigos ou comece por um dos mais recentes.",
  latestPosts: "Artigos recentes",
  allPostsHome: "Todos os artigos, na página inicial",
  nothingPublished: "Nada foi publicado ainda.",
  pages: "Páginas",
  newerPosts: "Artigos mais recentes",
  olderPosts: "Artigos mais antigos",
  pageOf: "Página {n} de {count}",
  noPosts: "Ainda não há artigos.",
  allTags: "Todas as tags",
  postsTagged: "Artigos com a tag “{tag}”",
  archiveDescription: "Todos os artigos, por ano, dos mais recentes aos mais antigos.",
  languages: "Idiomas",
  topics: "Assuntos",
  noTags: "Ainda não há tags.",
  tagsDescription:
    "Todos os idiomas e assuntos usados como tags nos artigos, e quantos artigos cada um tem.",
  onePost: "{n} artigo",
  postCount: "{n} artigos",
  relatedPosts: "Artigos relacionados",
  aboutAuthor: "Sobre o autor",
  writtenBy: "Escrito por {name}.",
  authorWebsite: "Site de {name}",
  updated: "Atualizado em {date}",
  linkToSection: "Link para esta seção: {heading}",
  draftNotice: "Rascunho: aparece só na pré-visualização, nunca é publicado.",
  scheduledNotice: "Agendado: tem data futura, por isso ainda não foi publicado.",
};

const GERMAN: UiStrings = {
  contents: "Inhalt",
  minRead: "{n} Min. Lesezeit",
  olderPost: "Älterer Beitrag",
  newerPost: "Neuerer Beitrag",
  olderAndNewer: "Ältere und neuere Beiträge",
  otherLanguages: "Auch auf",
  translatedBy: "Übersetzt von {name}",
  translationOutdated: "Das Original wurde am {date} aktualisiert, nach dieser Übersetzung.",
  readOriginal: "Original lesen",
  figure: "Abbildung",
  table: "Tabelle",
  equation: "Gleichung",
  section: "Abschnitt",
  calloutNote: "Hinweis",
  calloutTip: "Tipp",
  calloutImportant: "Wichtig",
  calloutWarning: "Warnung",
  calloutCaution: "Vorsicht",
  etAl: "et al.",
  bibtexEntry: "BibTeX",
  references: "Literatur",
  citeThisPost: "Diesen Beitrag zitieren",
  copy: "Kopieren",
  copied: "Kopiert",
  copyCode: "Code kopieren",
  copyTitled: "Code kopieren: {title}",
  copyFailed: "Kopieren ist hier nicht möglich; der Code ist markiert, drücken Sie Strg+C oder ⌘C",
  tableOfContents: "Inhaltsverzeichnis",
  skipToContent: "Zum Inhalt springen",
  darkTheme: "Dunkles Design",
  siteNavigation: "Website",
  posts: "Beiträge",
  tags: "Schlagwörter",
  archive: "Archiv",
  about: "Über",
  searchLabel: "Beiträge durchsuchen",
  searchButton: "Suchen",
  searchPlaceholder: "Wörter, Titel oder Schlagwörter",
  searchTitle: "Suche",
  searchDescription: "Die Beiträge dieser Website nach den Wörtern darin durchsuchen.",
  searchNoResults: "Keine Ergebnisse für „{query}“.",
  searchOneResult: "{n} Ergebnis für „{query}“.",
  searchResults: "{n} Ergebnisse für „{query}“.",
  searchFirstResults:
    "{n} Ergebnisse für „{query}“; die ersten {shown} werden angezeigt. Weitere Wörter grenzen die Suche ein.",
  searchUnavailable:
    "Die Suche ist gerade nicht verfügbar: Ihr Index konnte nicht geladen werden. Bitte versuchen Sie es später noch einmal.",
  searchNeedsScript:
    "Zum Anzeigen der Ergebnisse wird JavaScript benötigt, das in diesem Browser ausgeschaltet ist.",
  searchNothingPublished: "Bisher ist nichts veröffentlicht, daher gibt es nichts zu durchsuchen.",
  notFoundTitle: "Seite nicht gefunden",
  notFoundText:
    "Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben oder die Adresse ist falsch geschrieben: Suchen Sie in den Beiträgen danach oder beginnen Sie mit einem der neuesten Beiträge.",
  latestPosts: "Neueste Beiträge",
  allPostsHome: "Alle Beiträge auf der Startseite",
  nothingPublished: "Bisher ist nichts veröffentlicht.",
  pages: "Seiten",
  newerPosts: "Neuere Beiträge",
  olderPosts: "Ältere Beiträge",
  pageOf: "Seite {n} von {count}",
  noPosts: "Noch keine Beiträge.",
  allTags: "Alle Schlagwörter",
  postsTagged: "Beiträge mit dem Schlagwort „{tag}“",
  archiveDescription: "Alle Beiträge nach Jahren, die neuesten zuerst.",
  languages: "Sprachen",
  topics: "Themen",
  noTags: "Noch keine Schlagwörter.",
  tagsDescription:
    "Alle Sprachen und Themen, mit denen die Beiträge verschlagwortet sind, und wie viele Beiträge jeweils dazugehören.",
  onePost: "{n} Beitrag",
  postCount: "{n} Beiträge",
  relatedPosts: "Ähnliche Beiträge",
  aboutAuthor: "Über den Autor",
  writtenBy: "Geschrieben von {name}.",
  authorWebsite: "Website von {name}",
  updated: "Aktualisiert am {date}",
  linkToSection: "Link zu diesem Abschnitt: {heading}",
  draftNotice: "Entwurf: nur in der Vorschau zu sehen, wird nie veröffentlicht.",
  scheduledNotice: "Geplant: in der Zukunft datiert, daher noch nicht veröffentlicht.",
};

const RUSSIAN: UiStrings = {
  contents: "Содержание",
  minRead: "{n} мин чтения",
  olderPost: "Предыдущая запись",
  newerPost: "Следующая запись",
  olderAndNewer: "Предыдущая и следующая записи",
  otherLanguages: "На других языках",
  translatedBy: "Перевод: {name}",
  translationOutdated: "Оригинал обновлён {date}, уже после этого перевода.",
  readOriginal: "Читать оригинал",
  figure: "Рисунок",
  table: "Таблица",
  equation: "Формула",
  section: "Раздел",
  calloutNote: "Примечание",
  calloutTip: "Совет",
  calloutImportant: "Важно",
  calloutWarning: "Предупреждение",
  calloutCaution: "Осторожно",
  etAl: "и др.",
  bibtexEntry: "BibTeX",
  references: "Литература",
  citeThisPost: "Как цитировать эту запись",
  copy: "Копировать",
  copied: "Скопировано",
  copyCode: "Копировать код",
  copyTitled: "Копировать код: {title}",
  copyFailed: "Здесь копирование недоступно; код выделен, нажмите Ctrl+C или ⌘C",
  tableOfContents: "Оглавление",
  skipToContent: "Перейти к содержимому",
  darkTheme: "Тёмная тема",
  siteNavigation: "Сайт",
  posts: "Записи",
  tags: "Теги",
  archive: "Архив",
  about: "О сайте",
  searchLabel: "Поиск по записям",
  searchButton: "Найти",
  searchPlaceholder: "Слова, заголовки или теги",
  searchTitle: "Поиск",
  searchDescription: "Поиск по записям этого сайта по словам в них.",
  searchNoResults: "По запросу «{query}» ничего не найдено.",
  searchOneResult: "Результатов по запросу «{query}»: {n}.",
  searchResults: "Результатов по запросу «{query}»: {n}.",
  searchFirstResults:
    "Результатов по запросу «{query}»: {n}; показаны первые {shown}. Добавьте слова, чтобы сузить поиск.",
  searchUnavailable: "Поиск сейчас недоступен: не удалось загрузить его индекс. Попробуйте позже.",
  searchNeedsScript: "Для показа результатов нужен JavaScript, а в этом браузере он отключён.",
  searchNothingPublished: "Пока ничего не опубликовано, так что искать нечего.",
  notFoundTitle: "Страница не найдена",
  notFoundText:
    "По этому адресу страницы нет. Возможно, она переехала или в адресе опечатка: поищите её среди записей или начните с одной из последних.",
  latestPosts: "Последние записи",
  allPostsHome: "Все записи — на главной странице",
  nothingPublished: "Пока ничего не опубликовано.",
  pages: "Страницы",
  newerPosts: "Более новые записи",
  olderPosts: "Более старые записи",
  pageOf: "Страница {n} из {count}",
  noPosts: "Записей пока нет.",
  allTags: "Все теги",
  postsTagged: "Записи с тегом «{tag}»",
  archiveDescription: "Все записи по годам, сначала новые.",
  languages: "Языки",
  topics: "Темы",
  noTags: "Тегов пока нет.",
  tagsDescription: "Все языки и темы, которыми отмечены записи, и сколько записей у каждого тега.",
  onePost: "записей: {n}",
  postCount: "записей: {n}",
  relatedPosts: "Похожие записи",
  aboutAuthor: "Об авторе",
  writtenBy: "Автор: {name}.",
  authorWebsite: "Сайт автора: {name}",
  updated: "Обновлено {date}",
  linkToSection: "Ссылка на этот раздел: {heading}",
  draftNotice: "Черновик: виден только в предпросмотре и никогда не публикуется.",
  scheduledNotice: "Запланировано: дата в будущем, поэтому запись ещё не опубликована.",
};

const PERSIAN: UiStrings = {
  contents: "فهرست مطالب",
  minRead: "{n} دقیقه مطالعه",
  olderPost: "نوشتهٔ قبلی",
  newerPost: "نوشتهٔ بعدی",
  olderAndNewer: "نوشته‌های قبلی و بعدی",
  otherLanguages: "به زبان‌های دیگر",
  translatedBy: "ترجمهٔ {name}",
  translationOutdated: "متن اصلی در {date}، پس از این ترجمه، به‌روز شده است.",
  readOriginal: "خواندن متن اصلی",
  figure: "شکل",
  table: "جدول",
  equation: "معادله",
  section: "بخش",
  calloutNote: "یادداشت",
  calloutTip: "نکته",
  calloutImportant: "مهم",
  calloutWarning: "هشدار",
  calloutCaution: "احتیاط",
  etAl: "و همکاران",
  bibtexEntry: "BibTeX",
  references: "منابع",
  citeThisPost: "ارجاع به این نوشته",
  copy: "کپی",
  copied: "کپی شد",
  copyCode: "کپی کد",
  copyTitled: "کپی کد: {title}",
  copyFailed: "کپی در اینجا ممکن نیست؛ کد انتخاب شده است، Ctrl+C یا ⌘C را بزنید",
  tableOfContents: "فهرست مطالب",
  skipToContent: "پرش به محتوا",
  darkTheme: "پوستهٔ تیره",
  siteNavigation: "سایت",
  posts: "نوشته‌ها",
  tags: "برچسب‌ها",
  archive: "بایگانی",
  about: "درباره",
  searchLabel: "جست‌وجو در نوشته‌ها",
  searchButton: "جست‌وجو",
  searchPlaceholder: "واژه، عنوان یا برچسب",
  searchTitle: "جست‌وجو",
  searchDescription: "جست‌وجوی نوشته‌های این سایت بر اساس واژه‌هایی که در آن‌ها آمده است.",
  searchNoResults: "نتیجه‌ای برای «{query}» پیدا نشد.",
  searchOneResult: "{n} نتیجه برای «{query}».",
  searchResults: "{n} نتیجه برای «{query}».",
  searchFirstResults:
    "{n} نتیجه برای «{query}»؛ {shown} نتیجهٔ نخست نشان داده شده است. برای محدودتر کردن جست‌وجو واژه‌های بیشتری بنویسید.",
  searchUnavailable:
    "جست‌وجو اکنون در دسترس نیست: نمایهٔ آن بارگیری نشد. لطفاً بعداً دوباره امتحان کنید.",
  searchNeedsScript: "نمایش نتیجه‌ها به جاوااسکریپت نیاز دارد که در این مرورگر خاموش است.",
  searchNothingPublished: "هنوز چیزی منتشر نشده است، پس چیزی برای جست‌وجو نیست.",
  notFoundTitle: "صفحه پیدا نشد",
  notFoundText:
    "در این نشانی صفحه‌ای نیست. شاید صفحه جابه‌جا شده یا نشانی اشتباه نوشته شده باشد: آن را در نوشته‌ها جست‌وجو کنید یا از یکی از تازه‌ترین نوشته‌ها شروع کنید.",
  latestPosts: "تازه‌ترین نوشته‌ها",
  allPostsHome: "همهٔ نوشته‌ها، در صفحهٔ نخست",
  nothingPublished: "هنوز چیزی منتشر نشده است.",
  pages: "صفحه‌ها",
  newerPosts: "نوشته‌های جدیدتر",
  olderPosts: "نوشته‌های قدیمی‌تر",
  pageOf: "صفحهٔ {n} از {count}",
  noPosts: "هنوز نوشته‌ای نیست.",
  allTags: "همهٔ برچسب‌ها",
  postsTagged: "نوشته‌های با برچسب «{tag}»",
  archiveDescription: "همهٔ نوشته‌ها به تفکیک سال، از تازه‌ترین.",
  languages: "زبان‌ها",
  topics: "موضوع‌ها",
  noTags: "هنوز برچسبی نیست.",
  tagsDescription:
    "همهٔ زبان‌ها و موضوع‌هایی که به نوشته‌ها برچسب زده شده‌اند، و شمار نوشته‌های هر کدام.",
  onePost: "{n} نوشته",
  postCount: "{n} نوشته",
  relatedPosts: "نوشته‌های مرتبط",
  aboutAuthor: "دربارهٔ نویسنده",
  writtenBy: "نوشتهٔ {name}.",
  authorWebsite: "وب‌سایت {name}",
  updated: "به‌روزشده در {date}",
  linkToSection: "پیوند به این بخش: {heading}",
  draftNotice: "پیش‌نویس: فقط در پیش‌نمایش دیده می‌شود و هرگز منتشر نمی‌شود.",
  scheduledNotice: "زمان‌بندی‌شده: تاریخش در آینده است، پس هنوز منتشر نشده است.",
};

const ARABIC: UiStrings = {
  contents: "المحتويات",
  minRead: "وقت القراءة: {n} دقيقة",
  olderPost: "التدوينة السابقة",
  newerPost: "التدوينة التالية",
  olderAndNewer: "التدوينتان السابقة والتالية",
  otherLanguages: "بلغات أخرى",
  translatedBy: "ترجمة {name}",
  translationOutdated: "حُدِّث النص الأصلي في {date}، بعد هذه الترجمة.",
  readOriginal: "اقرأ النص الأصلي",
  figure: "شكل",
  table: "جدول",
  equation: "معادلة",
  section: "قسم",
  calloutNote: "ملاحظة",
  calloutTip: "نصيحة",
  calloutImportant: "مهم",
  calloutWarning: "تحذير",
  calloutCaution: "تنبيه",
  etAl: "وآخرون",
  bibtexEntry: "BibTeX",
  references: "المراجع",
  citeThisPost: "الاستشهاد بهذه التدوينة",
  copy: "نسخ",
  copied: "تم النسخ",
  copyCode: "نسخ الشيفرة",
  copyTitled: "نسخ الشيفرة: {title}",
  copyFailed: "النسخ غير متاح هنا؛ حُدِّدت الشيفرة، فاضغط Ctrl+C أو ⌘C",
  tableOfContents: "جدول المحتويات",
  skipToContent: "انتقل إلى المحتوى",
  darkTheme: "السمة الداكنة",
  siteNavigation: "الموقع",
  posts: "التدوينات",
  tags: "الوسوم",
  archive: "الأرشيف",
  about: "عن الموقع",
  searchLabel: "البحث في التدوينات",
  searchButton: "بحث",
  searchPlaceholder: "كلمات أو عناوين أو وسوم",
  searchTitle: "البحث",
  searchDescription: "ابحث في تدوينات هذا الموقع بالكلمات الواردة فيها.",
  searchNoResults: "لا توجد نتائج لـ«{query}».",
  searchOneResult: "عدد النتائج لـ«{query}»: {n}.",
  searchResults: "عدد النتائج لـ«{query}»: {n}.",
  searchFirstResults:
    "عدد النتائج لـ«{query}»: {n}، ويُعرض أول {shown} منها. أضف كلمات لتضييق البحث.",
  searchUnavailable: "البحث غير متاح الآن: تعذّر تحميل فهرسه. يُرجى المحاولة لاحقًا.",
  searchNeedsScript: "يتطلب عرض النتائج جافاسكربت، وهي معطّلة في هذا المتصفح.",
  searchNothingPublished: "لم يُنشر شيء بعد، فلا يوجد ما يمكن البحث فيه.",
  notFoundTitle: "الصفحة غير موجودة",
  notFoundText:
    "لا توجد صفحة على هذا العنوان. ربما نُقلت الصفحة أو كُتب العنوان خطأً: ابحث عنها في التدوينات، أو ابدأ من إحدى أحدث التدوينات.",
  latestPosts: "أحدث التدوينات",
  allPostsHome: "كل التدوينات في الصفحة الرئيسية",
  nothingPublished: "لم يُنشر شيء بعد.",
  pages: "الصفحات",
  newerPosts: "تدوينات أحدث",
  olderPosts: "تدوينات أقدم",
  pageOf: "الصفحة {n} من {count}",
  noPosts: "لا توجد تدوينات بعد.",
  allTags: "كل الوسوم",
  postsTagged: "التدوينات الموسومة بـ«{tag}»",
  archiveDescription: "كل التدوينات مرتبة حسب السنة، الأحدث أولًا.",
  languages: "اللغات",
  topics: "المواضيع",
  noTags: "لا توجد وسوم بعد.",
  tagsDescription: "كل اللغات والمواضيع التي وُسمت بها التدوينات، وعدد تدوينات كل منها.",
  onePost: "عدد التدوينات: {n}",
  postCount: "عدد التدوينات: {n}",
  relatedPosts: "تدوينات ذات صلة",
  aboutAuthor: "عن الكاتب",
  writtenBy: "بقلم {name}.",
  authorWebsite: "موقع {name}",
  updated: "حُدِّثت في {date}",
  linkToSection: "رابط إلى هذا القسم: {heading}",
  draftNotice: "مسودة: تظهر في المعاينة فقط ولا تُنشر أبدًا.",
  scheduledNotice: "مجدولة: تاريخها في المستقبل، لذا لم تُنشر بعد.",
};

const HEBREW: UiStrings = {
  contents: "תוכן העניינים",
  minRead: "זמן קריאה: {n} דק׳",
  olderPost: "הפוסט הקודם",
  newerPost: "הפוסט הבא",
  olderAndNewer: "הפוסט הקודם והבא",
  otherLanguages: "בשפות נוספות",
  translatedBy: "תרגום: {name}",
  translationOutdated: "המקור עודכן ב־{date}, אחרי התרגום הזה.",
  readOriginal: "לקריאת המקור",
  figure: "איור",
  table: "טבלה",
  equation: "משוואה",
  section: "סעיף",
  calloutNote: "הערה",
  calloutTip: "טיפ",
  calloutImportant: "חשוב",
  calloutWarning: "אזהרה",
  calloutCaution: "זהירות",
  etAl: "ואחרים",
  bibtexEntry: "BibTeX",
  references: "מקורות",
  citeThisPost: "ציטוט הפוסט",
  copy: "העתק",
  copied: "הועתק",
  copyCode: "העתק קוד",
  copyTitled: "העתק קוד: {title}",
  copyFailed: "לא ניתן להעתיק כאן; הקוד מסומן, הקישו Ctrl+C או ⌘C",
  tableOfContents: "תוכן העניינים",
  skipToContent: "דילוג לתוכן",
  darkTheme: "ערכת נושא כהה",
  siteNavigation: "האתר",
  posts: "פוסטים",
  tags: "תגיות",
  archive: "ארכיון",
  about: "אודות",
  searchLabel: "חיפוש בפוסטים",
  searchButton: "חיפוש",
  searchPlaceholder: "מילים, כותרות או תגיות",
  searchTitle: "חיפוש",
  searchDescription: "חיפוש בפוסטים של האתר לפי המילים שבהם.",
  searchNoResults: 'אין תוצאות עבור "{query}".',
  searchOneResult: 'תוצאות עבור "{query}": {n}.',
  searchResults: 'תוצאות עבור "{query}": {n}.',
  searchFirstResults:
    'תוצאות עבור "{query}": {n}; מוצגות {shown} הראשונות. הוסיפו מילים כדי לצמצם את החיפוש.',
  searchUnavailable: "החיפוש אינו זמין כרגע: לא ניתן היה לטעון את האינדקס. נסו שוב מאוחר יותר.",
  searchNeedsScript: "הצגת התוצאות דורשת JavaScript, שכבוי בדפדפן הזה.",
  searchNothingPublished: "עדיין לא פורסם דבר, ולכן אין במה לחפש.",
  notFoundTitle: "הדף לא נמצא",
  notFoundText:
    "אין דף בכתובת הזאת. ייתכן שהדף הועבר או שנפלה טעות בכתובת: חפשו אותו בפוסטים, או התחילו מאחד הפוסטים האחרונים.",
  latestPosts: "פוסטים אחרונים",
  allPostsHome: "כל הפוסטים, בדף הבית",
  nothingPublished: "עדיין לא פורסם דבר.",
  pages: "עמודים",
  newerPosts: "פוסטים חדשים יותר",
  olderPosts: "פוסטים ישנים יותר",
  pageOf: "עמוד {n} מתוך {count}",
  noPosts: "עדיין אין פוסטים.",
  allTags: "כל התגיות",
  postsTagged: 'פוסטים עם התגית "{tag}"',
  archiveDescription: "כל הפוסטים לפי שנה, מהחדש לישן.",
  languages: "שפות",
  topics: "נושאים",
  noTags: "עדיין אין תגיות.",
  tagsDescription: "כל השפות והנושאים שהפוסטים מתויגים בהם, ומספר הפוסטים בכל אחד.",
  onePost: "פוסטים: {n}",
  postCount: "פוסטים: {n}",
  relatedPosts: "פוסטים קשורים",
  aboutAuthor: "על הכותב",
  writtenBy: "נכתב על ידי {name}.",
  authorWebsite: "האתר של {name}",
  updated: "עודכן ב־{date}",
  linkToSection: "קישור לסעיף הזה: {heading}",
  draftNotice: "טיוטה: מוצגת רק בתצוגה המקדימה ולעולם אינה מתפרסמת.",
  scheduledNotice: "מתוזמן: התאריך בעתיד, ולכן הפוסט טרם פורסם.",
};

/**
 * Rows by lower-case BCP 47 tag; a row may leave words out. Chinese has a row per script,
 * reached from the tags that name it or a region that writes it (see `rowTags`).
 */
const ROWS: Readonly<Record<string, Partial<UiStrings>>> = {
  en: ENGLISH,
  ja: JAPANESE,
  "zh-hans": SIMPLIFIED_CHINESE,
  "zh-hant": TRADITIONAL_CHINESE,
  ko: KOREAN,
  fr: FRENCH,
  es: SPANISH,
  pt: PORTUGUESE,
  de: GERMAN,
  ru: RUSSIAN,
  fa: PERSIAN,
  ar: ARABIC,
  he: HEBREW,
};

/** The languages that have a row, for tests and documentation. */
export const UI_LANGUAGES: readonly string[] = Object.keys(ROWS);

/** The row written for exactly `tag`, without any fallback (undefined when there is none). */
export function uiRow(tag: string): Partial<UiStrings> | undefined {
  return ROWS[tag];
}

/** The English row, the fallback of every other. */
export const ENGLISH_UI_STRINGS: Readonly<UiStrings> = ENGLISH;

/** Regions whose Chinese is written in Traditional characters. */
const TRADITIONAL_REGIONS: ReadonlySet<string> = new Set(["tw", "hk", "mo"]);

/**
 * The rows a tag reads, most general first: its primary language, then (for Chinese) the script,
 * then the full tag. `zh`, `zh-CN` and `zh-SG` read Simplified; `zh-TW`, `zh-HK` and `zh-Hant`
 * Traditional; `iw` is the old code for Hebrew.
 */
function rowTags(tag: string): string[] {
  const subtags = tag.split("-");
  const primary = subtags[0] === "iw" ? "he" : (subtags[0] ?? tag);
  if (primary !== "zh") return [primary, tag];
  const script = subtags.find((subtag) => subtag === "hans" || subtag === "hant");
  const traditional =
    script === "hant" ||
    (script === undefined && subtags.slice(1).some((subtag) => TRADITIONAL_REGIONS.has(subtag)));
  return [traditional ? "zh-hant" : "zh-hans", tag];
}

/**
 * The interface words for a language: the row for the full tag (`pt-br`), else for its
 * primary language (`pt`), each word falling back to English.
 */
export function uiStrings(lang: string): UiStrings {
  const tag = lang.trim().toLowerCase().replace(/_/g, "-");
  return Object.assign({}, ENGLISH, ...rowTags(tag).map((row) => ROWS[row] ?? {})) as UiStrings;
}

// Browser scripts import it from its own module, so that no row of the table reaches them.
export { formatUiString } from "./format-ui-string";
