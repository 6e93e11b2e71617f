using System.Globalization;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MotCua.Data;
using MotCua.Data.Codes;
using MotCua.Data.Scans;
using MotCua.Data.Stats;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;
using MotCua.Stats.Aggregation;
using MotCua.Stats.Rollups;

namespace MotCua.Stats.Pages;

/// <summary>What one publication wrote and read.</summary>
public sealed record PublicationReport(IReadOnlyList<string> Units, long RowsRead);

/// <summary>
/// Publishes each unit's <c>/stats/&lt;unit&gt;/</c>: <c>index.html</c> (gzip), <c>stats.json</c>,
/// <c>stats.csv</c>, <c>surveys.csv</c> (both surveys per month) and <c>datapackage.json</c> (the open data's description). It reads the all-time code totals, the day sums and every counter day (a few rows per code,
/// per day and per counter day), and for the CSV only the detail rows of days that may have changed since the last
/// published CSV, whose metadata records the watermark it reflects; earlier lines are kept from that file. Survey
/// figures come from the counter days <see cref="PublishedAnswers"/> releases only.
/// </summary>
public sealed class StatsPublisher
{
    private const string CsvThroughKey = "through";

    /// <summary>Same reason as the reader's survey margin: a day's answers may be stamped just after midnight.</summary>
    private static readonly TimeSpan DirtyDayMargin = TimeSpan.FromHours(1);

    private readonly TableClient _daily;
    private readonly TableClient _failures;
    private readonly TableClient _slips;
    private readonly CountedUnits _units;
    private readonly BlobContainerClient _web;
    private readonly StatsOptions _options;

    public StatsPublisher(TableServiceClient tables, BlobServiceClient blobs, StatsOptions options)
    {
        _daily = tables.GetTableClient(TableNames.StatsDaily);
        _failures = tables.GetTableClient(TableNames.ScanFailures);
        _slips = tables.GetTableClient(TableNames.Slips);
        _units = new CountedUnits(tables.GetTableClient(TableNames.StatsState));
        _web = blobs.GetBlobContainerClient(options.WebContainer);
        _options = options;
    }

    /// <summary>Publishes every unit that has statistics or codes.</summary>
    /// <param name="through">The watermark the rollups are complete up to (UTC ticks).</param>
    public async Task<PublicationReport> PublishAsync(long through, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var registry = await ReadRegistryAsync(cancellationToken);
        var failures = await SumFailuresAsync(cancellationToken);
        var handedOut = await SlipBatches.ReadAsync(_slips, cancellationToken);
        var units = (await _units.ListAsync(cancellationToken)).Concat(registry.Codes.Select(c => c.Unit)).Concat(handedOut.Keys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        long rowsRead = 0;
        foreach (var unit in units)
        {
            rowsRead += await PublishUnitAsync(unit, registry, failures, handedOut.GetValueOrDefault(unit) ?? [], through, now, cancellationToken);
        }

        return new PublicationReport(units, rowsRead);
    }

    private async Task<long> PublishUnitAsync(string unit, ResolvedCodes registry, long failures, IReadOnlyDictionary<DateOnly, long> handedOut, long through, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var totals = await QueryAsync(unit, StatsRowKeys.TotalStart, StatsRowKeys.TotalEnd, cancellationToken);
        var days = await QueryAsync(unit, StatsRowKeys.DayStart, StatsRowKeys.DayEnd, cancellationToken);
        var cells = await QueryAsync(unit, StatsRowKeys.CounterCellStart, StatsRowKeys.CounterCellEnd, cancellationToken);
        var slipMonths = await QueryAsync(unit, StatsRowKeys.SlipMonthStart, StatsRowKeys.SlipMonthEnd, cancellationToken);
        var answers = new PublishedAnswers(cells.Select(RollupRows.ToCounterDay), through);
        var stats = UnitStats.FromTotals(
            unit,
            totals.Where(RollupRows.IsCode).Select(RollupRows.ToCodeDay),
            answers.CounterTotals(),
            days.Select(DaySums).Select(answers.WithReleasedAnswers),
            registry.Codes,
            failures,
            now);
        var predecessors = ReprintList.Predecessors(unit, registry.Codes);
        var oldDays = await ReadOldCodeDaysAsync(predecessors, cancellationToken);
        stats = stats with
        {
            MergedUnits = predecessors,
            Reprints = ReprintList.Build(unit, oldDays, registry.Codes),
            SlipMonths = SurveyMonths.Slips(handedOut, slipMonths.Select(RollupRows.ToSlipMonth), through),
            OpenMonths = SurveyMonths.Open(answers.Released, through),
            License = Domain.OpenData.OpenLicense.Find(registry.Licenses?.GetValueOrDefault(unit)) ?? Domain.OpenData.OpenLicense.Default,
        };

        var folder = SitePaths.BlobName(SitePaths.Stats(unit)).Replace("index.html", "", StringComparison.Ordinal);
        await UploadAsync(folder + "index.html", Gzip.Compress(Encoding.UTF8.GetBytes(StatsPageRenderer.Render(stats))), "text/html; charset=utf-8", "gzip", null, null, cancellationToken);
        await UploadAsync(folder + "stats.json", StatsJsonWriter.Write(stats), "application/json; charset=utf-8", null, null, null, cancellationToken);
        await UploadAsync(folder + OpenData.StatisticsPackage.FileName, OpenData.StatisticsPackage.Write(OpenData.StatisticsPackage.Build(stats, stats.License)), "application/json; charset=utf-8", null, null, null, cancellationToken);
        await UploadAsync(folder + SurveysCsvWriter.FileName, SurveysCsvWriter.Write(stats), "text/csv; charset=utf-8; header=present", null, null, null, cancellationToken);
        var detailRead = await PublishCsvAsync(unit, folder + "stats.csv", through, answers, ReprintList.Days(unit, oldDays, registry.Codes).ToList(), cancellationToken);
        return totals.Count + days.Count + cells.Count + slipMonths.Count + oldDays.Count + detailRead;
    }

    /// <summary>The daily code rollups of the offices merged into a unit, from each merger's first day: its reprint list.</summary>
    private async Task<List<CodeDay>> ReadOldCodeDaysAsync(IReadOnlyList<(string Unit, DateOnly From)> predecessors, CancellationToken cancellationToken)
    {
        var days = new List<CodeDay>();
        foreach (var (oldUnit, from) in predecessors)
        {
            var rows = await QueryAsync(oldUnit, StatsRowKeys.DetailFrom(from), StatsRowKeys.DetailEnd, cancellationToken);
            days.AddRange(rows.Where(RollupRows.IsCode).Select(RollupRows.ToCodeDay));
        }

        return days;
    }

    private async Task<long> PublishCsvAsync(string unit, string blobName, long through, PublishedAnswers answers, List<CodeDay> reprintDays, CancellationToken cancellationToken)
    {
        byte[]? previous = null;
        ETag? etag = null;
        var from = DateOnly.MinValue;
        try
        {
            var current = await _web.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
            etag = current.Value.Details.ETag;
            if (current.Value.Details.Metadata.TryGetValue(CsvThroughKey, out var text)
                && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var csvThrough) && csvThrough > 0)
            {
                previous = current.Value.Content.ToArray();
                from = VietnamTime.Date(new DateTimeOffset(csvThrough, TimeSpan.Zero) - DirtyDayMargin);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // First publication: every day is written from the rollups.
        }

        var detail = await QueryAsync(unit, from == DateOnly.MinValue ? StatsRowKeys.DetailStart : StatsRowKeys.DetailFrom(from), StatsRowKeys.DetailEnd, cancellationToken);
        var csv = StatsCsvWriter.Splice(previous, from,
            detail.Where(RollupRows.IsCode).Select(RollupRows.ToCodeDay),
            detail.Where(e => !RollupRows.IsCode(e)).Select(RollupRows.ToCounterDay).Where(answers.IsReleased),
            reprintDays.Where(d => d.Date >= from));
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [CsvThroughKey] = through.ToString(CultureInfo.InvariantCulture) };
        try
        {
            // If-Match (or If-None-Match *): a publication that read an older file never overwrites a newer one.
            await UploadAsync(blobName, csv, "text/csv; charset=utf-8; header=present", null, metadata, etag ?? ETag.All, cancellationToken, ifNoneMatch: etag is null);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another run published the file meanwhile; its copy is at least as new.
        }

        return detail.Count;
    }

    private async Task UploadAsync(string blobName, byte[] content, string contentType, string? encoding, Dictionary<string, string>? metadata, ETag? condition, CancellationToken cancellationToken, bool ifNoneMatch = false)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType, ContentEncoding = encoding, CacheControl = _options.CacheControl },
            Metadata = metadata,
            Conditions = condition is null ? null : ifNoneMatch ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = condition },
        };
        await _web.GetBlobClient(blobName).UploadAsync(new BinaryData(content), options, cancellationToken);
    }

    private async Task<List<TableEntity>> QueryAsync(string unit, string from, string to, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var e in _daily.QueryAsync<TableEntity>(StatsRowKeys.RangeFilter(unit, from, to), TableLimits.PageSize, null, cancellationToken))
        {
            rows.Add(e);
        }

        return rows;
    }

    /// <summary>A day's citizen sums, from its <c>y|yyyyMMdd</c> row.</summary>
    private static DayStats DaySums(TableEntity e) =>
        new(RollupRows.DateOf(e), RollupRows.Long(e, DailyColumns.Scans), RollupRows.Long(e, DailyColumns.PortalClicks), RollupRows.Long(e, DailyColumns.Answers));

    private async Task<ResolvedCodes> ReadRegistryAsync(CancellationToken cancellationToken) =>
        await CodesFile.ReadAsync(_web, cancellationToken) ?? new ResolvedCodes([]);

    /// <summary>Scans the handler could not record, all units together: the table has no unit column.</summary>
    private async Task<long> SumFailuresAsync(CancellationToken cancellationToken)
    {
        long sum = 0;
        await foreach (var e in _failures.QueryAsync<ScanFailureEntity>(filter: (string?)null, TableLimits.PageSize, [nameof(ScanFailureEntity.Count)], cancellationToken))
        {
            sum += e.Count;
        }

        return sum;
    }
}
