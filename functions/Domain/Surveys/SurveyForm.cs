using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MotCua.Domain.Surveys;

/// <summary>
/// Reads an <c>application/x-www-form-urlencoded</c> survey body into a validated <see cref="SurveyAnswer"/>
/// or Vietnamese messages per field. Never throws, whatever the bytes.
/// </summary>
public static class SurveyForm
{
    public const string ContentType = "application/x-www-form-urlencoded";

    /// <summary>Why a body over <see cref="SurveyLimits.MaxBodyBytes"/> is refused.</summary>
    public static readonly string TooLargeMessage =
        $"Nội dung gửi quá dài (tối đa {SurveyLimits.MaxBodyBytes} byte); vui lòng rút ngắn ý kiến.";

    private const string GeneralField = "form";

    /// <summary>Single-line values are shown again up to this length; real ones are far shorter.</summary>
    private const int MaxShownLength = 200;

    private static readonly SearchValues<char> ClientIdLetters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    /// <summary>Parses and validates <paramref name="body"/> against the published <paramref name="catalog"/>.</summary>
    public static SurveyFormResult Parse(ReadOnlySpan<byte> body, SurveyCatalog catalog)
    {
        var errors = new List<SurveyFieldError>();
        if (body.Length > SurveyLimits.MaxBodyBytes)
        {
            errors.Add(new(GeneralField, TooLargeMessage));
            return new(new SurveyFormValues(), errors, null);
        }

        var fields = FormUrlDecoder.Decode(body, SurveyLimits.MaxFields + 1);
        if (fields is null)
        {
            errors.Add(new(GeneralField, "Nội dung gửi không đúng mã UTF-8."));
            return new(new SurveyFormValues(), errors, null);
        }

        if (fields.Count > SurveyLimits.MaxFields)
        {
            errors.Add(new(GeneralField, "Nội dung gửi có quá nhiều trường."));
            return new(new SurveyFormValues(), errors, null);
        }

        return Validate(fields, catalog, errors);
    }

    private static SurveyFormResult Validate(List<KeyValuePair<string, string>> fields, SurveyCatalog catalog, List<SurveyFieldError> errors)
    {
        string Single(string name)
        {
            var found = fields.Where(f => string.Equals(f.Key, name, StringComparison.Ordinal)).Select(f => f.Value).Distinct(StringComparer.Ordinal).ToList();
            if (found.Count > 1)
            {
                errors.Add(new(name, $"Trường “{name}” được gửi nhiều lần với giá trị khác nhau."));
            }

            return found.Count == 0 ? "" : found[0];
        }

        var counterValue = Single("counter").Trim();
        var optionValue = Single("option").Trim();
        var (comment, commentError) = SurveyComment.Clean(Single("comment"));
        var procedureValue = Single("procedure").Trim();
        var clientIdValue = Single("client_id").Trim();
        var honeypot = Single("website");
        var reasonValues = fields.Where(f => string.Equals(f.Key, "reasons", StringComparison.Ordinal)).Select(f => f.Value.Trim()).ToList();

        var (unit, counter) = FindCounter(counterValue, catalog, errors);
        var option = ReadOption(optionValue, errors);
        var reasons = ReadReasons(reasonValues, errors);
        if (commentError is not null)
        {
            errors.Add(new("comment", commentError));
        }

        var procedure = procedureValue.Length == 0 || unit?.FindProcedure(procedureValue) is not null ? procedureValue : null;
        if (procedure is null && unit is not null)
        {
            errors.Add(new("procedure", "Thủ tục đã chọn không có trong danh sách của đơn vị này; vui lòng chọn lại."));
        }

        var clientIdValid = clientIdValue.Length == 0 || IsClientId(clientIdValue);
        if (!clientIdValid)
        {
            errors.Add(new("client_id", "Mã phiếu không hợp lệ; vui lòng gửi lại."));
        }

        var values = new SurveyFormValues
        {
            Counter = Shown(counterValue),
            Option = Shown(optionValue),
            Reasons = reasonValues.Select(Shown).Distinct(StringComparer.Ordinal).Take(SurveyLimits.MaxReasons).ToList(),
            Comment = comment,
            Procedure = Shown(procedureValue),
            ClientId = clientIdValid ? clientIdValue : "",
        };
        if (errors.Count > 0 || unit is null || counter is null || option is null || procedure is null)
        {
            return new(values, errors, null);
        }

        var answer = new SurveyAnswer
        {
            Unit = unit.Unit,
            Counter = counter.Slug,
            Option = option.Value,
            Reasons = reasons,
            // Masked here, so no path to storage sees a phone or ID number; the form sent back keeps what was typed.
            Comment = CommentMask.Apply(comment),
            Procedure = procedure,
            ClientId = clientIdValue,
            HoneypotFilled = honeypot.Trim().Length > 0,
        };
        return new(values, errors, answer);
    }

    private static (SurveyUnit? Unit, SurveyCounter? Counter) FindCounter(string value, SurveyCatalog catalog, List<SurveyFieldError> errors)
    {
        var (unit, counter) = catalog.FindCounter(value);
        if (counter is null)
        {
            errors.Add(new("counter", value.Length == 0
                ? "Không rõ quầy được đánh giá; vui lòng quét lại mã QR tại quầy."
                : "Quầy được đánh giá không có trong danh sách; vui lòng quét lại mã QR tại quầy."));
        }

        return (unit, counter);
    }

    private static int? ReadOption(string value, List<SurveyFieldError> errors)
    {
        for (var i = 0; i < SurveyChoices.Options.Count; i++)
        {
            if (string.Equals(value, i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                return i;
            }
        }

        errors.Add(new("option", value.Length == 0
            ? "Vui lòng chọn một mức: rất hài lòng, hài lòng hoặc không hài lòng."
            : "Mức hài lòng không hợp lệ; vui lòng chọn lại."));
        return null;
    }

    private static List<string> ReadReasons(List<string> values, List<SurveyFieldError> errors)
    {
        if (values.Count > SurveyLimits.MaxReasons)
        {
            errors.Add(new("reasons", "Có quá nhiều lý do được gửi."));
        }
        else if (values.Any(v => v.Length > 0 && !SurveyChoices.IsReason(v)))
        {
            errors.Add(new("reasons", "Có lý do không nằm trong danh sách; vui lòng chọn lại."));
        }

        return SurveyChoices.Reasons.Select(r => r.Key).Where(k => values.Contains(k, StringComparer.Ordinal)).ToList();
    }

    /// <summary>A single-line value as it may be shown again: control, bidi and unpaired surrogate characters removed.</summary>
    private static string Shown(string value)
    {
        var shown = SurveyComment.Clean(value).Text.Replace('\n', ' ').Replace('\t', ' ');
        if (shown.Length <= MaxShownLength)
        {
            return shown;
        }

        // Never cut a surrogate pair in half.
        return shown[..(char.IsHighSurrogate(shown[MaxShownLength - 1]) ? MaxShownLength - 1 : MaxShownLength)];
    }

    private static bool IsClientId(string value) =>
        value.Length is >= SurveyLimits.MinClientIdLength and <= SurveyLimits.MaxClientIdLength && !value.AsSpan().ContainsAnyExcept(ClientIdLetters);
}

/// <summary>WHATWG <c>application/x-www-form-urlencoded</c> parsing over bytes.</summary>
internal static class FormUrlDecoder
{
    /// <summary>Name/value pairs (at most <paramref name="limit"/>), or null when a name or value is not valid UTF-8.</summary>
    public static List<KeyValuePair<string, string>>? Decode(ReadOnlySpan<byte> body, int limit)
    {
        var fields = new List<KeyValuePair<string, string>>();
        while (body.Length > 0 && fields.Count < limit)
        {
            var amp = body.IndexOf((byte)'&');
            var pair = amp < 0 ? body : body[..amp];
            body = amp < 0 ? [] : body[(amp + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            var eq = pair.IndexOf((byte)'=');
            var name = PercentDecode(eq < 0 ? pair : pair[..eq]);
            var value = PercentDecode(eq < 0 ? [] : pair[(eq + 1)..]);
            if (name is null || value is null)
            {
                return null;
            }

            fields.Add(new(name, value));
        }

        return fields;
    }

    private static string? PercentDecode(ReadOnlySpan<byte> input)
    {
        var bytes = new byte[input.Length];
        var n = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var b = input[i];
            if (b == '+')
            {
                b = (byte)' ';
            }
            else if (b == '%' && i + 2 < input.Length && Hex(input[i + 1]) is { } hi && Hex(input[i + 2]) is { } lo)
            {
                b = (byte)((hi << 4) | lo);
                i += 2;
            }

            bytes[n++] = b;
        }

        var decoded = bytes.AsSpan(0, n);
        return Utf8.IsValid(decoded) ? Encoding.UTF8.GetString(decoded) : null;
    }

    private static int? Hex(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => null,
    };
}
