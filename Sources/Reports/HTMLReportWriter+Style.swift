extension HTMLReportWriter {
    /// The pages' only stylesheet, inline: readable on a phone, verdicts told apart by more than colour.
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",sans-serif;\
        margin:0 auto;max-width:60rem;padding:1rem;line-height:1.5;color:#1b1b1b;background:#fff}
        h1,h2,h3{line-height:1.25}
        table{border-collapse:collapse;width:100%}
        th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:start;vertical-align:top}
        td.n{text-align:end;font-variant-numeric:tabular-nums}
        .scroll{overflow-x:auto}
        tr.has-conflict td:first-child{border-inline-start:4px solid #b00020}
        .row{border:1px solid #ddd;border-inline-start-width:6px;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
        .verdict-conflict{border-inline-start-color:#b00020}
        .verdict-update{border-inline-start-color:#8a5a00}
        .verdict-agree{border-inline-start-color:#1b6e20}
        .verdict-single{border-inline-start-color:#777}
        .badge{font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;margin-inline-end:.5rem}
        .entries{padding-inline-start:1.2rem}
        .entries li{margin:.5rem 0}
        .figure{font-weight:700}
        blockquote{margin:.25rem 0;padding:.25rem .75rem;border-inline-start:3px solid #ccc;background:#f7f7f7}
        .inert-url{color:#555;word-break:break-all}
        .muted{color:#555}
        code{background:#f2f2f2;padding:0 .2rem}
        figure{margin:1rem 0}
        .chart{width:100%;height:auto;max-width:40rem}
        figcaption{font-size:.85rem;color:#555}
        """
}
