using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Summarizer.Connectors.Caching;

/// <summary>
/// The reply store when <see cref="ConnectorOptions.Redis"/> is set: the library's <see cref="RedisCache"/>, with Redis's own
/// failures reported as store failures (a server that is down costs a warning and a model call per reply, never the run,
/// and is not asked again for <see cref="StoreFailures.DownFor"/>, so each reply does not wait out a connect timeout).
/// </summary>
internal static class RedisResponseStore
{
    /// <summary>Every key is prefixed, so the cache can share a Redis database with other data.</summary>
    public const string InstanceName = "summarizer:";

    /// <summary>Opens the store; nothing is sent to the server until the first reply is looked up.</summary>
    public static StoreFailures Open(string configuration, TimeProvider time) =>
        new(new RedisCache(Options.Create(new RedisCacheOptions { Configuration = configuration, InstanceName = InstanceName })), Describe(configuration), time);

    /// <summary>The configuration without its password, for logs and messages; null when unset.</summary>
    public static string? Describe(string? configuration)
    {
        if (configuration is null)
        {
            return null;
        }

        try
        {
            return ConfigurationOptions.Parse(configuration).ToString(includePassword: false);
        }
        catch (ArgumentException)
        {
            return "(invalid)";
        }
    }

    /// <summary>Why <paramref name="configuration"/> cannot be used, without repeating its values; null when it can.</summary>
    public static string? Problem(string configuration)
    {
        try
        {
            return ConfigurationOptions.Parse(configuration).EndPoints.Count == 0 ? "names no server (host:port)" : null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// Forwards to <see cref="RedisCache"/> and turns a <see cref="RedisException"/> into an <see cref="IOException"/>, the type
    /// the response cache treats as a store failure. The message names the server and the kind of failure, not the password.
    /// A server that could not be reached is then treated as down for <see cref="DownFor"/>: calls fail at once instead of
    /// each waiting out the connect timeout, and the server is asked again once that time has passed.
    /// </summary>
    internal sealed class StoreFailures(IDistributedCache inner, string? server, TimeProvider time) : IDistributedCache, IDisposable
    {
        /// <summary>How long a server that could not be reached is left alone before it is tried again.</summary>
        public static readonly TimeSpan DownFor = TimeSpan.FromMinutes(1);

        // Timestamp (TimeProvider ticks) before which the server is not asked; 0 while it is thought up.
        private long _downUntil;

        /// <summary>The library's cache this store forwards to.</summary>
        public IDistributedCache Inner => inner;

        public byte[]? Get(string key) => Guard(() => inner.Get(key));

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => GuardAsync(() => inner.GetAsync(key, token));

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Guard(() => { inner.Set(key, value, options); return true; });

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
            GuardAsync(async () => { await inner.SetAsync(key, value, options, token); return true; });

        public void Refresh(string key) => Guard(() => { inner.Refresh(key); return true; });

        public Task RefreshAsync(string key, CancellationToken token = default) => GuardAsync(async () => { await inner.RefreshAsync(key, token); return true; });

        public void Remove(string key) => Guard(() => { inner.Remove(key); return true; });

        public Task RemoveAsync(string key, CancellationToken token = default) => GuardAsync(async () => { await inner.RemoveAsync(key, token); return true; });

        public void Dispose() => (inner as IDisposable)?.Dispose();

        private T Guard<T>(Func<T> call)
        {
            ThrowIfDown();
            try
            {
                return call();
            }
            catch (RedisException ex)
            {
                throw Failure(ex);
            }
        }

        private async Task<T> GuardAsync<T>(Func<Task<T>> call)
        {
            ThrowIfDown();
            try
            {
                return await call();
            }
            catch (RedisException ex)
            {
                throw Failure(ex);
            }
        }

        private void ThrowIfDown()
        {
            var until = Interlocked.Read(ref _downUntil);
            if (until != 0 && time.GetTimestamp() < until)
            {
                throw new IOException($"Redis {server} is down (not asked again for up to {DownFor.TotalSeconds:0} s)");
            }
        }

        private IOException Failure(RedisException ex)
        {
            if (ex is RedisConnectionException)
            {
                var ticks = (long)(DownFor.TotalSeconds * time.TimestampFrequency);
                Interlocked.Exchange(ref _downUntil, time.GetTimestamp() + ticks);
            }

            return new($"Redis {server} failed: {(ex is RedisConnectionException c ? c.FailureType.ToString() : ex.GetType().Name)}", ex);
        }
    }
}
