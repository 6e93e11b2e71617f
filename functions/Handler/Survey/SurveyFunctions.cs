using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Surveys;
using MotCua.Domain.Privacy;
using MotCua.Domain.Sheets;
using MotCua.Domain.Surveys;
using MotCua.Handler.Hosting;

namespace MotCua.Handler.Survey;

/// <summary>
/// <c>POST /api/survey</c>: a good answer is stored once and answered with 303 to the thank-you page;
/// anything else gets a Vietnamese page that says why and keeps what the citizen typed.
/// </summary>
public sealed class SurveyFunctions(
    SurveyCatalogSource catalogs, SurveyStore store, VisitorKeys visitorKeys, ClientAddressResolver addresses,
    CrossSitePost crossSite, IOptions<SurveyOptions> options, TimeProvider clock, ILogger<SurveyFunctions> logger)
{
    [Function("Survey")]
    public async Task<IActionResult> SubmitAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/survey")] HttpRequest request)
    {
        var ct = request.HttpContext.RequestAborted;
        var (body, status, error) = await FormBodyReader.ReadAsync(request, ct);
        if (body is null)
        {
            return Page(status, SurveyReplyKind.Invalid, null, null, new SurveyFormValues(), [new("form", error!)]);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.Value.StorageTimeout);
        SurveyCatalog? catalog;
        try
        {
            catalog = await catalogs.GetAsync(deadline.Token);
        }
        catch (Exception e) when (StorageFailure.Is(e, ct))
        {
            logger.LogWarning(e, "Survey catalog unavailable");
            catalog = null;
        }

        if (catalog is null)
        {
            // Without the published counters nothing can be checked; keep what was typed and ask for a retry.
            var values = SurveyForm.Parse(body, SurveyCatalog.Empty).Values;
            return Page(StatusCodes.Status503ServiceUnavailable, SurveyReplyKind.Unavailable, null, null, values, []);
        }

        var result = SurveyForm.Parse(body, catalog);
        var (unit, counter) = catalog.FindCounter(result.Values.Counter);
        if (result.Answer is not { } answer)
        {
            return Page(StatusCodes.Status400BadRequest, SurveyReplyKind.Invalid, unit, counter, result.Values, result.Errors);
        }

        var now = clock.GetUtcNow();
        var channel = string.Equals(request.Headers[SurveyScript.ChannelHeader], "script", StringComparison.OrdinalIgnoreCase)
            ? SurveyChannel.Script : SurveyChannel.Form;
        var forged = crossSite.IsCrossSite(request);
        try
        {
            var dayKey = await visitorKeys.ForDayAsync(now, deadline.Token);
            var visitor = VisitorHasher.Hash(dayKey, addresses.Resolve(request.HttpContext), request.Headers.UserAgent.ToString());
            var limit = options.Value.MaxAnswersPerVisitorCounterDay;
            if (!await store.AddAsync(earlier => SurveyRecord.Create(answer, visitor, channel, earlier, now, limit, forged), deadline.Token))
            {
                logger.LogInformation("Survey answer was already stored");
            }
        }
        catch (Exception e) when (StorageFailure.Is(e, ct))
        {
            logger.LogWarning(e, "Survey answer not stored: storage unavailable");
            return Page(StatusCodes.Status503ServiceUnavailable, SurveyReplyKind.Unavailable, unit, counter, result.Values, []);
        }

        // 303 See Other: the browser follows with a GET, so a reload never sends the answer again.
        return new NoStoreRedirect(StatusCodes.Status303SeeOther, SitePaths.SurveyThanks(answer.Unit));
    }

    private static HtmlPage Page(int status, SurveyReplyKind kind, SurveyUnit? unit, SurveyCounter? counter, SurveyFormValues values, IReadOnlyList<SurveyFieldError> errors) =>
        new(status, SurveyReplyPageRenderer.Render(kind, unit, counter, values, errors));
}
