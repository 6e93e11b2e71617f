using System.IO.Compression;

namespace MotCua.Publisher.Import;

/// <summary>
/// Bounds on what an imported file may make the importer do. A national list or a procedure document is a few
/// hundred kilobytes of a few thousand cells; a file a thousand times larger is broken or built to hurt (a merged
/// range over a whole sheet, a table cell spanning two billion columns, a zip whose part unpacks to gigabytes), and is
/// refused with one sentence in Vietnamese instead of eating the machine.
/// </summary>
internal sealed class ImportLimits
{
    /// <summary>Cells a list or a document's tables may hold in all, merged cells counted once per cell they cover.</summary>
    public const long MaxCells = 2_000_000;

    /// <summary>Columns of a table: Word allows 63, and a list has about ten.</summary>
    public const int MaxColumns = 63;

    /// <summary>Rows of a list sheet: the national list has a few thousand procedures.</summary>
    public const int MaxRows = 100_000;

    /// <summary>Characters of one part of an Office file once unpacked (the SDK's MaxCharactersInPart), and of a CSV file.</summary>
    public const long MaxCharactersInPart = 20_000_000;

    /// <summary>Longest time reading one file may take.</summary>
    public static readonly TimeSpan MaxReadTime = TimeSpan.FromSeconds(60);

    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly long _started;
    private long _cells;

    public ImportLimits(string path, TimeProvider? time = null)
    {
        _path = path;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
    }

    /// <summary>Counts <paramref name="count"/> more cells, and checks the clock.</summary>
    public void AddCells(long count)
    {
        _cells += count;
        if (count < 0 || _cells > MaxCells)
        {
            throw Refusal(Text($"có quá {MaxCells:N0} ô (kể cả các ô gộp)"));
        }

        CheckTime();
    }

    public void CheckColumns(long columns, string where)
    {
        if (columns > MaxColumns)
        {
            throw Refusal(Text($"{where} rộng {columns:N0} cột (tối đa {MaxColumns})"));
        }
    }

    public void CheckRow(long row)
    {
        if (row > MaxRows)
        {
            throw Refusal(Text($"có dòng số {row:N0} (tối đa {MaxRows:N0} dòng)"));
        }
    }

    public void CheckTime()
    {
        if (_time.GetElapsedTime(_started) > MaxReadTime)
        {
            throw Refusal(Text($"đọc quá {MaxReadTime.TotalSeconds:N0} giây mà chưa xong"));
        }
    }

    /// <summary>Refuses an Office file whose parts, as its zip directory declares them, unpack to more than the limit allows.</summary>
    public void CheckPackage()
    {
        try
        {
            using var zip = ZipFile.OpenRead(_path);
            var largest = zip.Entries.OrderByDescending(e => e.Length).FirstOrDefault();
            // Two bytes a character at most in UTF-8 for what Office writes; the SDK counts characters as it reads.
            if (largest is not null && largest.Length > MaxCharactersInPart * 2)
            {
                throw Refusal(Text($"có phần \"{largest.FullName}\" giải nén ra {largest.Length / 1_000_000:N0} MB"));
            }
        }
        catch (InvalidDataException)
        {
            // Not a zip at all: the SDK says so in its own words (OfficeFiles).
        }
    }

    private static string Text(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public ImportFileException Refusal(string what) =>
        new($"{_path}: tệp quá lớn hoặc đã bị làm hỏng ({what}), nên không nhập; hãy tải lại tệp từ Cơ sở dữ liệu quốc gia về TTHC, hoặc mở bằng Word/Excel, bỏ phần thừa rồi lưu lại và nhập lại");
}
