using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Summarizer.TestSupport;

/// <summary>One scripted answer of the fake OpenAI-compatible server.</summary>
public sealed record FakeReply(Func<HttpContext, Task> Write)
{
    /// <summary>True for replies that hold the request without answering (<see cref="Hang"/>, <see cref="After"/>).</summary>
    public bool Holds { get; init; }

    public static FakeReply Success(string text, string finishReason = "stop", int inputTokens = 11, int outputTokens = 7, string model = "test-model") =>
        Json(200, Completion([Choice(text, finishReason)], inputTokens, outputTokens, model));

    /// <summary>Where the server puts the parsed request body for replies that answer from it.</summary>
    public const string RequestBodyKey = "fake.request.body";

    /// <summary>A successful reply whose text is computed from the request body (a model stand-in).</summary>
    public static FakeReply Answer(Func<JsonElement, Task<string>> answer) => new(async context =>
    {
        var text = await answer((JsonElement)context.Items[RequestBodyKey]!);
        await Success(text).Write(context);
    });

    public static FakeReply EmptyChoices() => Json(200, Completion([], 5, 0, "test-model"));

    public static FakeReply Truncated(string partial = "The council voted to") => Success(partial, "length", 11, 64);

    public static FakeReply ContentFilter() => Success(string.Empty, "content_filter", 11, 0);

    public static FakeReply Status(int status, string? retryAfter = null, string? message = null) => new(async context =>
    {
        if (retryAfter is not null)
        {
            context.Response.Headers["Retry-After"] = retryAfter;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { error = new { message = message ?? $"scripted {status}", type = "test" } }));
    });

    public static FakeReply Raw(int status, string body, string contentType = "application/json") => new(async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    });

    /// <summary>Drops the connection without any response bytes.</summary>
    public static FakeReply Reset() => new(context =>
    {
        context.Abort();
        return Task.CompletedTask;
    });

    /// <summary>Never answers until the client gives up (the per-attempt timeout must fire).</summary>
    public static FakeReply Hang() => new(async context =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client went away, which is what the test wants.
        }
    })
    { Holds = true };

    /// <summary>Answers only once <paramref name="gate"/> completes (to hold requests in flight).</summary>
    public static FakeReply After(Task gate, string text) => new(async context =>
    {
        await gate.WaitAsync(context.RequestAborted);
        await Success(text).Write(context);
    })
    { Holds = true };

    private static FakeReply Json(int status, object body) => Raw(status, JsonSerializer.Serialize(body));

    private static object Choice(string text, string finishReason) => new Dictionary<string, object?>
    {
        ["index"] = 0,
        ["message"] = new Dictionary<string, object?> { ["role"] = "assistant", ["content"] = text },
        ["finish_reason"] = finishReason,
    };

    private static Dictionary<string, object?> Completion(object[] choices, int input, int output, string model) => new()
    {
        ["id"] = "chatcmpl-" + input.ToString(CultureInfo.InvariantCulture),
        ["object"] = "chat.completion",
        ["created"] = 1767682800,
        ["model"] = model,
        ["choices"] = choices,
        ["usage"] = new Dictionary<string, object?>
        {
            ["prompt_tokens"] = input,
            ["completion_tokens"] = output,
            ["total_tokens"] = input + output,
        },
    };
}
