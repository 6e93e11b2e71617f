using MotCua.Domain.Surveys;
using MotCua.Storage.Tables;

namespace MotCua.Handler.Survey;

/// <summary>A <see cref="SurveyRecord"/> as a row of the <c>surveys</c> table (property names are contracts).</summary>
public static class SurveyEntityMapper
{
    public static TableEntity ToEntity(SurveyRecord record) => new(record.PartitionKey, record.RowKey)
    {
        ["Counter"] = record.Answer.Counter,
        ["Unit"] = record.Answer.Unit,
        ["Option"] = record.Answer.Option,
        ["Reasons"] = string.Join(',', record.Answer.Reasons),
        ["Comment"] = record.Answer.Comment,
        ["Procedure"] = record.Answer.Procedure,
        ["LocalTime"] = record.LocalTime,
        ["LocalDate"] = record.LocalDate,
        ["Channel"] = record.ChannelName,
        ["Visitor"] = record.Visitor,
        ["ClientId"] = record.Answer.ClientId,
        ["Misuse"] = record.Misuse,
        ["MisuseReason"] = record.MisuseReason,
    };
}
