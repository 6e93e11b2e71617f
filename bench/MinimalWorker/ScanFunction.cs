using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace MotCua.Bench.MinimalWorker;

public sealed class ScanFunction
{
    [Function("Scan")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "s/{code}")] HttpRequest request, string code) =>
        new RedirectResult($"/p/{Uri.EscapeDataString(code)}");
}
