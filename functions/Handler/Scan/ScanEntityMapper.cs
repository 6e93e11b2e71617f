using MotCua.Domain.Scans;
using MotCua.Storage.Tables;

namespace MotCua.Handler.Scan;

/// <summary>A <see cref="ScanRecord"/> as a table entity: the property names are the <c>scans</c> contract.</summary>
public static class ScanEntityMapper
{
    public static TableEntity ToEntity(ScanRecord record) => new(record.PartitionKey, record.RowKey)
    {
        ["Event"] = record.Event,
        ["Code"] = record.Code,
        ["Kind"] = record.Kind,
        ["Target"] = record.Target,
        ["Placement"] = record.Placement,
        ["Unit"] = record.Unit,
        ["LocalTime"] = record.LocalTime,
        ["LocalDate"] = record.LocalDate,
        ["Device"] = record.Device,
        ["IsBot"] = record.IsBot,
        ["BotReason"] = record.BotReason,
        ["Referrer"] = record.Referrer,
        ["Visitor"] = record.Visitor,
    };
}
