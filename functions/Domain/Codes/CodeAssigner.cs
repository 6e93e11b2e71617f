using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Codes;

/// <summary>A code <c>assign</c> adds for a target that has no live code yet.</summary>
public sealed record NewCode(string Code, CodeKind Kind, string Target, string Placement);

/// <summary>
/// Gives a code to every board, counter and active procedure that has no live code. Codes are derived from the
/// target's key (SHA-256, read in base 31), so two branches assigning the same new sheet write the same line;
/// a code already in the registry, live or retired, is never given again.
/// </summary>
public static class CodeAssigner
{
    /// <summary>Length of new codes: 31⁴ ≈ 920,000 codes, plenty for one province, and short to type.</summary>
    public const int NewCodeLength = CodeAlphabet.MinLength;

    public const string BoardPlacement = "Bảng niêm yết";
    public const string CounterPlacement = "Tại quầy";
    public const string ProcedurePlacement = "Tờ thủ tục";

    /// <summary>The new codes, boards first, then counters, then procedures, each unit in site order.</summary>
    /// <param name="placement">Where the new copies hang; by default a placement per kind.</param>
    public static IReadOnlyList<NewCode> Assign(CodeRegistry registry, SiteModel site, string? placement = null)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in registry.Entries.Where(e => !e.Retired))
        {
            var target = CodeTarget.Find(site, entry.Target, entry.Kind, out _);
            if (target is not null)
            {
                covered.Add(target.Key);
            }
        }

        var taken = new HashSet<string>(registry.Entries.Select(e => e.Code.ToUpperInvariant()), StringComparer.Ordinal);
        var added = new List<NewCode>();
        foreach (var (kind, key) in Targets(site).Where(t => !covered.Contains(t.Key)))
        {
            var code = Derive(key, taken);
            taken.Add(code);
            added.Add(new NewCode(code, kind, key, placement ?? DefaultPlacement(kind)));
        }

        return added;
    }

    /// <summary>The first code derived from <paramref name="key"/> that is not <paramref name="taken"/>.</summary>
    public static string Derive(string key, IReadOnlySet<string> taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{key}#{attempt}"));
            var value = BitConverter.ToUInt64(hash, 0);
            var chars = new char[NewCodeLength];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = CodeAlphabet.Characters[(int)(value % (ulong)CodeAlphabet.Characters.Length)];
                value /= (ulong)CodeAlphabet.Characters.Length;
            }

            var code = new string(chars);
            if (!taken.Contains(code))
            {
                return code;
            }
        }
    }

    private static IEnumerable<(CodeKind Kind, string Key)> Targets(SiteModel site)
    {
        foreach (var unit in site.Units.Where(u => u.Merger is null))
        {
            foreach (var field in unit.Fields)
            {
                yield return (CodeKind.Board, $"{unit.Slug}/{field.Slug}");
            }

            foreach (var counter in unit.Counters)
            {
                yield return (CodeKind.Counter, $"{unit.Slug}/{counter.Slug}");
            }

            foreach (var sheet in unit.Sheets.Where(s => !s.Retired).OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                yield return (CodeKind.Procedure, sheet.Key);
            }
        }
    }

    private static string DefaultPlacement(CodeKind kind) => kind switch
    {
        CodeKind.Board => BoardPlacement,
        CodeKind.Counter => CounterPlacement,
        _ => ProcedurePlacement,
    };
}
