using System.Data.Common;

namespace Summarizer.Scheduling.History;

/// <summary>
/// Reads history rows selected in the column order both stores share, and binds a run's outcome the same way for both;
/// each store says how it keeps times and how it marks parameter names.
/// </summary>
internal static class RunRecordRows
{
    /// <summary>Binds the outcome's columns as parameters named <paramref name="prefix"/> + column ("$status", "status").</summary>
    public static void AddOutcome(DbCommand command, string prefix, RunOutcome outcome)
    {
        Add(command, prefix + "status", outcome.Status.ToString().ToLowerInvariant());
        Add(command, prefix + "sources", outcome.Sources);
        Add(command, prefix + "stories", outcome.Stories);
        Add(command, prefix + "failures", outcome.Failures);
        Add(command, prefix + "usage", outcome.UsageJson);
        Add(command, prefix + "failuresJson", outcome.FailuresJson);
        Add(command, prefix + "message", outcome.Message);
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public static async Task<IReadOnlyList<RunRecord>> ReadAllAsync(DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> time, CancellationToken cancellationToken)
    {
        var records = new List<RunRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new RunRecord(
                reader.GetInt64(0),
                time(reader, 1),
                time(reader, 2),
                reader.IsDBNull(3) ? null : time(reader, 3),
                Enum.Parse<RunStatus>(reader.GetString(4), ignoreCase: true),
                reader.IsDBNull(5) ? 0 : reader.GetInt32(5),
                reader.IsDBNull(6) ? 0 : reader.GetInt32(6),
                reader.IsDBNull(7) ? 0 : reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10))
            {
                Worker = reader.IsDBNull(11) ? null : reader.GetString(11),
                StoryWorkers = reader.FieldCount > 12 && !reader.IsDBNull(12) ? reader.GetString(12) : null, // the shared store's only
            });
        }

        return records;
    }
}
