using System.Net;

namespace MotCua.Infra.Tests;

/// <summary>A loopback HTTP server: 200 (or <c>home</c>) for "/", <c>answer(path)</c> for everything else.</summary>
internal sealed class FakeSite : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;

    private FakeSite(HttpListener listener, Func<string, HttpStatusCode> answer, HttpStatusCode home)
    {
        _listener = listener;
        _loop = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var path = context.Request.Url!.AbsolutePath;
                lock (Requests)
                {
                    Requests.Add($"{context.Request.HttpMethod} {path}");
                }

                context.Response.StatusCode = (int)(path == "/" ? home : answer(path));
                context.Response.Close();
            }
        });
    }

    public List<string> Requests { get; } = [];

    public string BaseUrl => _listener.Prefixes.Single().TrimEnd('/');

    public static Task<FakeSite> StartAsync(Func<string, HttpStatusCode> answer, HttpStatusCode home = HttpStatusCode.OK)
    {
        for (var attempt = 0; ; attempt++)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{Random.Shared.Next(20000, 60000)}/");
            try
            {
                listener.Start();
                return Task.FromResult(new FakeSite(listener, answer, home));
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
