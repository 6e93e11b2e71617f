using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// The incremental build's memory, kept in the output folder: <c>.build-cache.json</c> (<see cref="BuildCacheFile"/>)
/// and one file per unit under <c>.build-cache/</c> (<see cref="UnitCacheFile"/>), read on both cores and rewritten
/// only for the units a build changed. A sheet whose size and modification time are unchanged is taken from here
/// without reading the file.
/// </summary>
public sealed class BuildCache : ISheetCache
{
    public const string FileName = ".build-cache.json";

    /// <summary>The folder of the units' files, beside <see cref="FileName"/>.</summary>
    public const string UnitsFolder = ".build-cache";

    private const int Parallelism = 2;

    /// <summary>Vietnamese written as UTF-8 rather than \u escapes: a third smaller, so quicker to read back.</summary>
    private static readonly BuildCacheJsonContext Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault,
        Converters = { new SourcePositionConverter(), new SheetLinkConverter() },
    });

    private readonly string _siteDir;
    private readonly ConcurrentDictionary<string, CachedSheet> _previous = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedSheet> _current = new(StringComparer.Ordinal);

    /// <summary>The units whose sheets were read from disk this build: their files must be written again.</summary>
    private readonly ConcurrentDictionary<string, bool> _storedUnits = new(StringComparer.Ordinal);

    /// <summary>How many sheets each unit's file held, to notice a sheet that disappeared.</summary>
    private readonly ConcurrentDictionary<string, int> _previousCounts = new(StringComparer.Ordinal);

    private BuildCache(string siteDir, BuildOutputs outputs)
    {
        _siteDir = siteDir;
        Outputs = outputs;
    }

    /// <summary>What the last build wrote.</summary>
    public BuildOutputs Outputs { get; }

    /// <summary>The cache in <paramref name="outDir"/>, or an empty one when missing, unreadable or from another renderer.</summary>
    public static BuildCache Open(string siteDir, string outDir, string version)
    {
        var index = Read(Path.Combine(outDir, FileName), Json.BuildCacheFile);
        if (index is null || index.Version != version)
        {
            return new BuildCache(siteDir, new BuildOutputs());
        }

        var cache = new BuildCache(siteDir, index.Outputs);
        var unitsDir = Path.Combine(outDir, UnitsFolder);
        var unitFiles = Directory.Exists(unitsDir) ? Directory.GetFiles(unitsDir, "*.json") : [];
        var units = new ConcurrentDictionary<string, CachedUnit>(StringComparer.Ordinal);
        Parallel.ForEach(unitFiles, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, path =>
        {
            if (Read(path, Json.UnitCacheFile) is { } file && file.Version == version)
            {
                var unit = Path.GetFileNameWithoutExtension(path);
                units[unit] = file.Unit;
                cache._previousCounts[unit] = file.Sheets.Count;
                foreach (var (sheet, cached) in file.Sheets)
                {
                    cache._previous[sheet] = cached;
                }
            }
        });
        foreach (var (unit, cached) in units)
        {
            cache.Outputs.Units[unit] = cached;
        }

        return cache;
    }

    public bool TryGet(SheetFile file, out SheetParseResult result)
    {
        if (_previous.TryGetValue(file.RelativePath, out var cached) && cached.Length == file.Length && cached.Ticks == file.LastWriteUtc.Ticks)
        {
            _current[file.RelativePath] = cached;
            result = new SheetParseResult(cached.Sheet is null ? null : SheetSnapshots.ToSheet(cached.Sheet, file),
                cached.Diagnostics is null ? [] : [.. cached.Diagnostics.Select(d => new Diagnostic(file.DisplayPath, d.Line, d.Column, d.Severity, d.Message) { BlocksPublishing = d.BlocksPublishing })]);
            return true;
        }

        result = null!;
        return false;
    }

    /// <summary>True when a sheet was read from disk or one disappeared: the sheet part of the cache must be saved.</summary>
    public bool SheetsChanged => !_storedUnits.IsEmpty || _current.Count != _previous.Count;

    public void Store(SheetFile file, SheetParseResult result)
    {
        _storedUnits[file.Unit] = true;
        _current[file.RelativePath] = new CachedSheet
        {
            Length = file.Length,
            Ticks = file.LastWriteUtc.Ticks,
            Sheet = result.Sheet is null ? null : SheetSnapshots.FromSheet(result.Sheet),
            Diagnostics = result.Diagnostics.Count == 0 ? null : [.. result.Diagnostics.Select(d => new CachedDiagnostic(d.Line, d.Column, d.Severity, d.Message, d.BlocksPublishing))],
        };
    }

    /// <summary>
    /// Writes the files of the units that changed, removes those of units gone, then the index. Each file is written
    /// atomically (temporary file, then rename) and tells the truth about its own unit, whose pages are already on
    /// disk, so an interrupted build leaves a cache that costs at most more planning.
    /// </summary>
    public void Save(string outDir, string version, BuildOutputs outputs)
    {
        var unitsDir = Path.Combine(outDir, UnitsFolder);
        Directory.CreateDirectory(unitsDir);
        var sheetsByUnit = _current.GroupBy(s => UnitOf(s.Key), StringComparer.Ordinal).ToDictionary(g => g.Key, StringComparer.Ordinal);
        var units = outputs.Units.Keys.Union(sheetsByUnit.Keys, StringComparer.Ordinal).ToList();
        var changed = units.Where(u => _storedUnits.ContainsKey(u)
            || (sheetsByUnit.TryGetValue(u, out var sheets) ? sheets.Count() : 0) != _previousCounts.GetValueOrDefault(u)
            || !SameUnit(outputs.Units.GetValueOrDefault(u), Outputs.Units.GetValueOrDefault(u))).ToList();
        Parallel.ForEach(changed, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, unit =>
        {
            var file = new UnitCacheFile
            {
                Version = version,
                Unit = outputs.Units.GetValueOrDefault(unit) ?? new CachedUnit(),
                Sheets = sheetsByUnit.TryGetValue(unit, out var sheets) ? sheets.ToDictionary(StringComparer.Ordinal) : new(StringComparer.Ordinal),
            };
            Write(Path.Combine(unitsDir, unit + ".json"), file, Json.UnitCacheFile);
        });
        foreach (var gone in _previousCounts.Keys.Except(units, StringComparer.Ordinal))
        {
            File.Delete(Path.Combine(unitsDir, gone + ".json"));
        }

        Write(Path.Combine(outDir, FileName), new BuildCacheFile { Version = version, Outputs = outputs }, Json.BuildCacheFile);
    }

    /// <summary>Reads a cached sheet's file again to get its body for rendering.</summary>
    public Sheet WithBody(Sheet sheet)
    {
        if (sheet.HasBody)
        {
            return sheet;
        }

        var file = new SheetFile(sheet.Unit, sheet.Field, sheet.Slug, sheet.SourcePath, sheet.DisplayPath, 0, default);
        return SiteLoader.ParseFile(_siteDir, file).Sheet
            ?? throw new InvalidOperationException($"{sheet.DisplayPath} đã thay đổi trong lúc đang dựng trang; hãy chạy lại lệnh");
    }

    /// <summary>The unit of a sheet's path inside the site (<c>units/&lt;unit&gt;/&lt;field&gt;/&lt;slug&gt;.md</c>).</summary>
    private static string UnitOf(string sheetPath) => sheetPath.Split('/')[1];

    private static bool SameUnit(CachedUnit? a, CachedUnit? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.Inputs == b.Inputs && a.Pages.Count == b.Pages.Count
            && a.Pages.All(p => b.Pages.TryGetValue(p.Key, out var hash) && hash == p.Value));

    /// <summary>
    /// The file read whole, not streamed (a span is read on the serializer's fast path, a stream on its resumable one),
    /// or null when missing or damaged: a damaged cache only costs a full build.
    /// </summary>
    private static T? Read<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), type) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Write<T>(string path, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            JsonSerializer.Serialize(stream, value, type);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
