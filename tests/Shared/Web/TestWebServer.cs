using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sitrep.Tests.Support.Web;

/// <summary>
/// A minimal Kestrel server on 127.0.0.1 and an ephemeral port, for fetch tests: each path answers with the
/// handler a test maps to it, unmapped paths with 404, and every request is logged (path, headers, arrival time).
/// </summary>
public sealed class TestWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Request> _requests = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>One request as the server saw it; <paramref name="At"/> is the time since the server started.</summary>
    public sealed record Request(string PathAndQuery, IReadOnlyDictionary<string, string> Headers, TimeSpan At);

    private TestWebServer(WebApplication app) => _app = app;

    public static async Task<TestWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrlsLoopback();
        var app = builder.Build();
        var server = new TestWebServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public Uri BaseUrl => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    public int Port => BaseUrl.Port;

    public string Url(string pathAndQuery) => new Uri(BaseUrl, pathAndQuery).AbsoluteUri;

    public IReadOnlyList<Request> Requests => _requests.ToList();

    public IReadOnlyList<Request> RequestsTo(string path) => _requests.Where(r => r.PathAndQuery == path).ToList();

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    /// <summary>Answers with a fixed status, content type and body.</summary>
    public void Map(string path, string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        Map(path, ctx => Respond(ctx, body, contentType, status));

    public static Task Respond(HttpContext ctx, string body, string contentType = "text/html; charset=utf-8", int status = 200)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        return ctx.Response.WriteAsync(body);
    }

    private Task HandleAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value + ctx.Request.QueryString.Value;
        _requests.Enqueue(new Request(path, ctx.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), _clock.Elapsed));
        if (_routes.TryGetValue(path, out var handler) || _routes.TryGetValue(ctx.Request.Path.Value ?? "", out handler)) return handler(ctx);
        ctx.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}

internal static class WebHostLoopback
{
    /// <summary>127.0.0.1 on a port the system picks, so parallel tests never collide.</summary>
    public static void UseUrlsLoopback(this Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
        builder.UseSetting("urls", "http://127.0.0.1:0");
}
