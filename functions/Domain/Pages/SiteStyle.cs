namespace MotCua.Domain.Pages;

/// <summary>
/// The one stylesheet every page carries inline (no extra request on 2G): system fonts, readable at 360 px,
/// tap targets of at least 44 px, contrast above 7:1, and a print layout for the notice board.
/// </summary>
public static class SiteStyle
{
    public const string Css =
        ":root{--fg:#1a1a1a;--mu:#4d4d4d;--ac:#0b4f9c;--bd:#c8c8c8}" +
        "*{box-sizing:border-box}" +
        "body{margin:0 auto;max-width:46rem;padding:0 1rem 2rem;font:1.0625rem/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;color:var(--fg);background:#fff}" +
        "header{border-bottom:3px solid var(--ac);padding:.5rem 0}" +
        "header p{margin:0;font-weight:600}" +
        "nav ol{list-style:none;padding:0;margin:.25rem 0;font-size:.95rem}nav li{display:inline}nav li+li:before{content:\"›\";margin:0 .4rem;color:var(--mu)}" +
        "nav a{display:inline-block;min-height:24px;padding:.1rem 0}" +
        "a{color:var(--ac)}a:focus{outline:3px solid #e67e00}" +
        "h1{font-size:1.5rem;line-height:1.25;margin:1rem 0 .5rem}" +
        "h2{font-size:1.2rem;margin:1.5rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--bd)}h3{font-size:1.05rem}" +
        "table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%}" +
        "th,td{border:1px solid var(--bd);padding:.4rem;text-align:left;vertical-align:top}th{background:#eef2f7}" +
        ".go{display:block;margin:1rem 0;padding:.9rem 1rem;background:var(--ac);color:#fff;text-align:center;font-weight:700;font-size:1.1rem;border-radius:.4rem;text-decoration:none}" +
        "dt{font-weight:700}dd{margin:0 0 .5rem}" +
        ".links{padding:0;list-style:none}.links li{border-bottom:1px solid var(--bd)}" +
        ".links a{display:block;padding:.7rem 0;min-height:44px;text-decoration:none}.links a:hover{text-decoration:underline}" +
        ".meta,.k{color:var(--mu);font-size:.85rem}.k{display:block;margin-top:-.5rem;padding-bottom:.4rem}" +
        ".az{display:flex;flex-wrap:wrap;gap:.25rem;padding:0;list-style:none}.az a{display:inline-block;min-width:44px;padding:.6rem 0;text-align:center;border:1px solid var(--bd);border-radius:.3rem;text-decoration:none}" +
        ".note{background:#fff4d6;border-left:4px solid #b36b00;padding:.75rem}" +
        ".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}" +
        Surveys.SurveyFormRenderer.HoneypotCss +
        "fieldset{border:1px solid var(--bd);margin:1rem 0;padding:.5rem 1rem}legend{font-weight:700}" +
        "label{display:block;padding:.6rem 0}input[type=radio],input[type=checkbox]{width:1.4rem;height:1.4rem;margin-right:.5rem;vertical-align:middle}" +
        "select,textarea,input[type=search]{font:inherit;width:100%;padding:.6rem;border:1px solid var(--mu)}" +
        "button{font:inherit;font-weight:700;padding:.8rem 1.5rem;min-height:44px;background:var(--ac);color:#fff;border:0;border-radius:.4rem}" +
        "footer{margin-top:2rem;border-top:1px solid var(--bd);font-size:.9rem;color:var(--mu)}" +
        "@media print{body{max-width:none;font-size:11pt;padding:0}nav,.go,.az,form,script,input{display:none}a{color:#000;text-decoration:none}header{border-color:#000}table{display:table}}";
}
