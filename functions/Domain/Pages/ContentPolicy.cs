using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MotCua.Domain.Pages;

/// <summary>
/// A page's own Content-Security-Policy, in a <c>meta</c> element right after its charset: the base
/// <see cref="SecurityHeaders.PagePolicy"/> plus the SHA-256 of each inline script and style the renderer itself put
/// in, so those run and nothing else does, not even a script that found its way into the page's text. The hashes are
/// taken from the renderer's own elements, never from the finished page (that would allow whatever was injected). They
/// are known when the page is rendered and never at the edge, which is why the page carries them; the header policy
/// adds what a meta element cannot (<c>frame-ancestors</c>).
/// </summary>
public static partial class ContentPolicy
{
    /// <summary>The meta element for a page whose only inline scripts and styles are the bodies given.</summary>
    public static string Meta(IEnumerable<string> scripts, IEnumerable<string> styles) =>
        $"<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy(scripts, styles)}\">";

    /// <summary>The policy allowing exactly the inline <paramref name="scripts"/> and <paramref name="styles"/> (their text, without tags).</summary>
    public static string Policy(IEnumerable<string> scripts, IEnumerable<string> styles) =>
        $"{SecurityHeaders.PagePolicy}; script-src {Sources(scripts)}; style-src {Sources(styles)}";

    /// <summary>The bodies of the <c>&lt;script&gt;</c> elements in a renderer's own markup (a constant, never page content).</summary>
    public static IEnumerable<string> ScriptsIn(string ownMarkup) =>
        ScriptElement().Matches(ownMarkup).Select(m => m.Groups["body"].Value);

    private static string Sources(IEnumerable<string> bodies)
    {
        var hashes = bodies.Select(b => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(b))) + "'")
            .Distinct(StringComparer.Ordinal).ToList();
        return hashes.Count == 0 ? "'none'" : string.Join(' ', hashes);
    }

    [GeneratedRegex(@"<script>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ScriptElement();
}
