using Microsoft.Net.Http.Headers;
using MotCua.Domain.Surveys;

namespace MotCua.Handler.Hosting;

/// <summary>
/// Reads a form's body (the counter survey's, a slip's) only when it is what the forms send: form-urlencoded UTF-8 and at most
/// <see cref="SurveyLimits.MaxBodyBytes"/> bytes. A larger body is refused without being read whole.
/// </summary>
public static class FormBodyReader
{
    public const string WrongTypeMessage =
        "Ý kiến phải được gửi bằng biểu mẫu trên trang đánh giá (application/x-www-form-urlencoded, UTF-8).";

    /// <summary>The body, or the status and message to answer with instead.</summary>
    public static async Task<(byte[]? Body, int Status, string? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!IsFormUrlEncoded(request.ContentType))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, WrongTypeMessage);
        }

        if (request.ContentLength > SurveyLimits.MaxBodyBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, SurveyForm.TooLargeMessage);
        }

        var buffer = new byte[SurveyLimits.MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
        {
            length += read;
        }

        return length > SurveyLimits.MaxBodyBytes
            ? (null, StatusCodes.Status413PayloadTooLarge, SurveyForm.TooLargeMessage)
            : (buffer[..length], StatusCodes.Status200OK, null);
    }

    private static bool IsFormUrlEncoded(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type)
            || !type.MediaType.Equals(SurveyForm.ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Browsers send no charset for this type; one that is given must be UTF-8.
        return !type.Charset.HasValue
            || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || type.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
