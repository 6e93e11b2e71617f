using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// The incremental build's memory, read from and written to <c>.build-cache.json</c> in the output folder.
/// A sheet whose size and modification time are unchanged is taken from here without reading the file.
/// </summary>
public sealed class BuildCache : ISheetCache
{
    public const string FileName = ".build-cache.json";

    /// <summary>Vietnamese written as UTF-8 rather than \u escapes: a third smaller, so quicker to read back.</summary>
    private static readonly BuildCacheJsonContext Json = new(new System.Text.Json.JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault,
    });

    private readonly string _siteDir;
    private readonly ConcurrentDictionary<string, CachedSheet> _previous;
    private readonly ConcurrentDictionary<string, CachedSheet> _current = new(StringComparer.Ordinal);

    private BuildCache(string siteDir, BuildCacheFile file)
    {
        _siteDir = siteDir;
        _previous = new ConcurrentDictionary<string, CachedSheet>(file.Sheets, StringComparer.Ordinal);
        Outputs = file.Outputs;
    }

    /// <summary>What the last build wrote.</summary>
    public BuildOutputs Outputs { get; }

    /// <summary>The cache in <paramref name="outDir"/>, or an empty one when missing, unreadable or from another renderer.</summary>
    public static BuildCache Open(string siteDir, string outDir, string version)
    {
        var path = Path.Combine(outDir, FileName);
        BuildCacheFile? file = null;
        try
        {
            if (File.Exists(path))
            {
                // Whole, not streamed: a span is read on the serializer's fast path, a stream on its resumable one
                // (the cache of 40,000 sheets is about 20 MB, read on every build).
                file = JsonSerializer.Deserialize(File.ReadAllBytes(path), Json.BuildCacheFile);
            }
        }
        catch (JsonException)
        {
            // A damaged cache only costs a full build.
        }

        return new BuildCache(siteDir, file is not null && file.Version == version ? file : new BuildCacheFile());
    }

    public bool TryGet(SheetFile file, out SheetParseResult result)
    {
        if (_previous.TryGetValue(file.RelativePath, out var cached) && cached.Length == file.Length && cached.Ticks == file.LastWriteUtc.Ticks)
        {
            _current[file.RelativePath] = cached;
            result = new SheetParseResult(cached.Sheet is null ? null : SheetSnapshots.ToSheet(cached.Sheet, file),
                [.. cached.Diagnostics.Select(d => new Diagnostic(file.DisplayPath, d.Line, d.Column, d.Severity, d.Message))]);
            return true;
        }

        result = null!;
        return false;
    }

    /// <summary>True when a sheet was read from disk or one disappeared: the sheet part of the cache must be saved.</summary>
    public bool SheetsChanged => _stored || _current.Count != _previous.Count;

    private volatile bool _stored;

    public void Store(SheetFile file, SheetParseResult result)
    {
        _stored = true;
        _current[file.RelativePath] = new CachedSheet
        {
            Length = file.Length,
            Ticks = file.LastWriteUtc.Ticks,
            Sheet = result.Sheet is null ? null : SheetSnapshots.FromSheet(result.Sheet),
            Diagnostics = [.. result.Diagnostics.Select(d => new CachedDiagnostic(d.Line, d.Column, d.Severity, d.Message))],
        };
    }

    /// <summary>Writes the cache atomically (temporary file, then rename), so an interrupted build leaves the old one.</summary>
    public void Save(string outDir, string version, BuildOutputs outputs)
    {
        var file = new BuildCacheFile { Version = version, Sheets = new(_current, StringComparer.Ordinal), Outputs = outputs };
        var path = Path.Combine(outDir, FileName);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            JsonSerializer.Serialize(stream, file, Json.BuildCacheFile);
        }

        File.Move(temporary, path, overwrite: true);
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
}
