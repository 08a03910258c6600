namespace Sitrep.Reports.Html;

/// <summary>
/// The report's only stylesheet, inlined so the page works offline and loads nothing: system fonts,
/// light and dark palettes, a sticky nav, tables that scroll on a phone, and a plain print layout.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1d21; --muted: #5b6270; --line: #d8dce3; --head: #f2f4f7;
          --accent: #1d5fbf; --person: #ffe2a0; --org: #c6e3ff; --place: #c6efc6; --quote: #efe4ff; --time: #b4561c; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #14161a; --fg: #e4e6ea; --muted: #9aa3b2; --line: #343a45; --head: #1d2128;
            --accent: #82b1ff; --person: #5c4812; --org: #163f60; --place: #1d4b25; --quote: #392a52; --time: #f0a070; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg);
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        nav { position: sticky; top: 0; z-index: 1; background: var(--head); border-bottom: 1px solid var(--line);
          padding: .5rem 1rem; overflow-x: auto; white-space: nowrap; }
        nav a { margin-right: 1rem; color: var(--accent); text-decoration: none; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; margin: .5rem 0; }
        h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); }
        section, details { scroll-margin-top: 3.5rem; }
        a { color: var(--accent); overflow-wrap: anywhere; }
        .scroll { overflow-x: auto; margin: 0 0 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: var(--head); }
        td:first-child { white-space: nowrap; }
        @media (max-width: 40rem) {
          table, tbody, tr, td { display: block; width: auto; }
          thead { display: none; }
          tr { border: 1px solid var(--line); margin: 0 0 .6rem; }
          td { border: 0; border-top: 1px solid var(--line); white-space: normal; }
          td:first-child { border-top: 0; font-weight: 600; }
          td::before { content: attr(data-label); display: block; font-size: .75rem; text-transform: uppercase; opacity: .7; }
        }
        figure { margin: 0 0 1rem; }
        blockquote { margin: 0; padding: .25rem .75rem; border-left: 4px solid var(--line); font-style: italic; }
        figcaption { color: var(--muted); font-size: .9rem; padding-left: 1rem; }
        .scope, .meta, .counts, .more, .legend { color: var(--muted); font-size: .92rem; }
        details { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; margin: 0 0 .75rem; }
        summary { cursor: pointer; font-weight: 600; }
        .article-text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.65; }
        mark { color: inherit; border-radius: 3px; }
        mark.person { background: var(--person); }
        mark.org { background: var(--org); }
        mark.place { background: var(--place); }
        .time { text-decoration: underline 2px var(--time); text-underline-offset: 3px; }
        .quoted { font-style: italic; background: var(--quote); }
        @media print {
          :root { --fg: #000; --muted: #444; --line: #bbb; --head: #eee;
            --person: #ffe2a0; --org: #c6e3ff; --place: #c6efc6; --quote: #efe4ff; --time: #b4561c; }
          nav { display: none; }
          body { background: #fff; color: #000; font-size: 11pt; }
          main { max-width: none; padding: 0; }
          details { border: 0; padding: 0; }
          tr, figure { break-inside: avoid; }
          a { color: inherit; }
        }
        """;
}
