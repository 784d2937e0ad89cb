using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Summarizer.Connectors.Logging;

/// <summary>Adds call logging to a chat client.</summary>
public static class LoggingChatClientBuilderExtensions
{
    /// <summary>Wraps <paramref name="innerClient"/> so every call is logged (text only at Trace).</summary>
    public static IChatClient UseLogging(this IChatClient innerClient, ILoggerFactory loggerFactory, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        return new LoggingChatClient(innerClient, loggerFactory.CreateLogger<LoggingChatClient>(), timeProvider ?? TimeProvider.System);
    }
}
