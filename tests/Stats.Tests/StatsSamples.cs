using MotCua.Domain.Codes;
using MotCua.Stats.Pages;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Tests;

/// <summary>Generated statistics inputs for the rollup and page tests.</summary>
internal static class StatsSamples
{
    public const string Unit = "tp-cao-bang";

    public static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    public static readonly string[] Fields = ["ho-tich", "chung-thuc", "dat-dai", "xay-dung", "tu-phap", "lao-dong"];

    /// <summary>A registry and a year of rollups as large as a big office makes: 300 procedures, 20 counters.</summary>
    public static (RollupSet Rollups, List<CodeEntry> Registry) Large()
    {
        var random = new Random(7);
        var registry = new List<CodeEntry>();
        var rollups = new RollupSet();
        for (var i = 0; i < 300; i++)
        {
            var field = Fields[i % Fields.Length];
            var kind = i < Fields.Length ? CodeKind.Board : CodeKind.Procedure;
            var target = kind == CodeKind.Board ? $"{Unit}/{field}" : $"{Unit}/{field}/thu-tuc-so-{i}-dang-ky-rat-dai";
            registry.Add(new CodeEntry($"C{i:D3}", kind, Unit, target, kind == CodeKind.Board ? "bang" : "to-thu-tuc", "/" + target));
        }

        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        for (var d = 0; d < 400; d++)
        {
            var date = today.AddDays(-d);
            foreach (var entry in registry.Where(_ => random.Next(4) == 0))
            {
                rollups.Add(new CodeDay(Unit, date, entry.Code)
                {
                    Kind = UnitStats.KindName(entry.Kind),
                    Target = entry.Target,
                    Placement = entry.Placement,
                    Scans = random.Next(1000),
                    BotScans = random.Next(10),
                    PortalClicks = random.Next(50),
                });
            }

            for (var c = 0; c < 20; c++)
            {
                rollups.Add(new CounterDay(Unit, date, $"quay-{c:D2}") { Options = [random.Next(9), random.Next(9), random.Next(3)], Misuse = random.Next(2) });
            }
        }

        return (rollups, registry);
    }

    public static ScanFact Scan(string code, DateOnly date, bool portal = false, bool bot = false, string unit = Unit) =>
        new(unit, date, code, "procedure", $"{unit}/ho-tich/{code.ToLowerInvariant()}", "to-thu-tuc", portal, bot);

    public static AnswerFact Answer(string counter, DateOnly date, int option, bool misuse = false) =>
        new(Unit, date, counter, option, misuse);
}
