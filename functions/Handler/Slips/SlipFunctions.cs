using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Slips;
using MotCua.Domain.Sheets;
using MotCua.Domain.Slips;
using MotCua.Domain.Surveys;
using MotCua.Handler.Hosting;

namespace MotCua.Handler.Slips;

/// <summary>
/// <c>/p/{slip}</c>, what a rating slip's QR opens. GET shows the slip's office's form (or says the slip was used, or
/// is unknown); POST stores the first answer exactly once and answers 303 to the office's thank-you page. The office
/// is always the one that printed the slip: a form that names another is refused. Nothing is written on GET.
/// </summary>
public sealed class SlipFunctions(SlipStore store, IOptions<SlipOptions> options, TimeProvider clock, ILogger<SlipFunctions> logger)
{
    [Function("SlipForm")]
    public async Task<IActionResult> OpenAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "p/{slip}")] HttpRequest request, string slip)
    {
        if (SlipId.Normalize(slip) is not { } id)
        {
            return Page(StatusCodes.Status404NotFound, SlipPageKind.Unknown, "", null);
        }

        using var deadline = Deadline(request);
        try
        {
            var found = await store.FindAsync(id, deadline.Token);
            return found is null ? Page(StatusCodes.Status404NotFound, SlipPageKind.Unknown, id, null)
                : await store.IsUsedAsync(found.Unit!, id, deadline.Token) ? Page(StatusCodes.Status410Gone, SlipPageKind.Used, id, found)
                : Page(StatusCodes.Status200OK, SlipPageKind.Form, id, found);
        }
        catch (Exception e) when (StorageFailure.Is(e, request.HttpContext.RequestAborted))
        {
            logger.LogWarning(e, "Slip not read: storage unavailable");
            return Page(StatusCodes.Status503ServiceUnavailable, SlipPageKind.Busy, id, null);
        }
    }

    [Function("SlipAnswer")]
    public async Task<IActionResult> AnswerAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "p/{slip}")] HttpRequest request, string slip)
    {
        if (SlipId.Normalize(slip) is not { } id)
        {
            return Page(StatusCodes.Status404NotFound, SlipPageKind.Unknown, "", null);
        }

        var ct = request.HttpContext.RequestAborted;
        var (body, status, error) = await FormBodyReader.ReadAsync(request, ct);
        using var deadline = Deadline(request);
        SlipEntity? found = null;
        SlipFormResult? result = null;
        try
        {
            found = await store.FindAsync(id, deadline.Token);
            if (found is null)
            {
                return Page(StatusCodes.Status404NotFound, SlipPageKind.Unknown, id, null);
            }

            if (body is null)
            {
                return Page(status, SlipPageKind.Invalid, id, found, null, [new("form", error!)]);
            }

            result = SlipForm.Parse(body, found.Unit!);
            if (result.Answer is not { } answer)
            {
                return Page(StatusCodes.Status400BadRequest, SlipPageKind.Invalid, id, found, result.Values, result.Errors);
            }

            if (!await store.UseAsync(SlipRecord.Create(found.Unit!, id, answer, clock.GetUtcNow()), deadline.Token))
            {
                logger.LogInformation("Slip answer refused: the slip was used before");
                return Page(StatusCodes.Status410Gone, SlipPageKind.Used, id, found);
            }
        }
        catch (Exception e) when (StorageFailure.Is(e, ct))
        {
            logger.LogWarning(e, "Slip answer not stored: storage unavailable");
            // What was typed is sent back with the office it was posted for; nothing was stored, the slip is still unused.
            var values = result?.Values ?? SlipForm.Parse(body ?? [], found?.Unit).Values;
            return new HtmlPage(StatusCodes.Status503ServiceUnavailable, SlipPageRenderer.Render(SlipPageKind.Unavailable, id, values.Unit, found?.UnitName ?? "", values, []));
        }

        // 303 See Other: the browser follows with a GET, so a reload never sends the answer again.
        return new NoStoreRedirect(StatusCodes.Status303SeeOther, SitePaths.SurveyThanks(found.Unit!));
    }

    private CancellationTokenSource Deadline(HttpRequest request)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted);
        deadline.CancelAfter(options.Value.StorageTimeout);
        return deadline;
    }

    private static HtmlPage Page(int status, SlipPageKind kind, string id, SlipEntity? slip, SlipFormValues? values = null, IReadOnlyList<SurveyFieldError>? errors = null) =>
        new(status, SlipPageRenderer.Render(kind, id, slip?.Unit ?? "", slip?.UnitName ?? "", values, errors));
}
