namespace CareServices.AppHost.Dashboard.Components;

/// <summary>The dashboard's own layout and table styles, inlined in the page head (one request fewer, nothing to cache-bust).</summary>
internal static class DashboardStyles
{
    public const string Css = """
        body { margin: 0; font-family: "Segoe UI", system-ui, sans-serif; font-size: 14px; color: #242424; background: #fafafa; }
        .shell { display: grid; grid-template-columns: 200px 1fr; grid-template-rows: 48px 1fr; height: 100vh; }
        .top { grid-column: 1 / 3; display: flex; gap: .8rem; align-items: center; padding: 0 1rem; background: #0f6cbd; color: white; }
        .top .muted { color: #dce9f7; } .logout { margin-left: auto; }
        .linklike { background: none; border: 0; color: inherit; cursor: pointer; font: inherit; text-decoration: underline; }
        .side { border-right: 1px solid #e0e0e0; background: white; padding-top: .5rem; overflow: auto; }
        .content { padding: 1rem 1.5rem; overflow: auto; }
        h1 { font-size: 1.4rem; font-weight: 600; margin: 0 0 .8rem; }
        h2 { font-size: 1.1rem; font-weight: 600; margin: 1.2rem 0 .5rem; }
        table.grid { border-collapse: collapse; width: 100%; background: white; }
        table.grid th, table.grid td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #eee; vertical-align: top; }
        table.grid th { background: #f3f3f3; font-weight: 600; position: sticky; top: 0; }
        table.grid tr.selected td { background: #ebf3fc; }
        .mono { font-family: Consolas, "Cascadia Mono", monospace; font-size: 12.5px; }
        .muted { color: #707070; } .error-text { color: #b10e1c; } .ok-text { color: #0e700e; }
        .toolbar { display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; margin-bottom: .8rem; }
        .toolbar select, .toolbar input { padding: .3rem; font: inherit; }
        .console { background: #1e1e1e; color: #d4d4d4; padding: .6rem; height: 65vh; overflow: auto; white-space: pre-wrap; word-break: break-all; }
        .console .err { color: #f48771; } .console .host { color: #75beff; }
        .limits { font-size: 12.5px; color: #616161; margin-bottom: .6rem; }
        .waterfall { position: relative; height: 14px; background: #f3f3f3; min-width: 240px; }
        .waterfall .bar { position: absolute; top: 2px; height: 10px; border-radius: 2px; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 1rem; }
        .chart { background: white; border: 1px solid #e0e0e0; border-radius: 6px; padding: .6rem; }
        .chart h3 { font-size: .95rem; margin: 0 0 .3rem; font-weight: 600; }
        .kv { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
        .details { background: #fcfcfc; padding: .6rem 1rem; }
        """;
}
