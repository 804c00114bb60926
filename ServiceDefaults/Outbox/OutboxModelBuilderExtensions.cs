using Microsoft.EntityFrameworkCore;

namespace CareServices.ServiceDefaults.Outbox;

public static class OutboxModelBuilderExtensions
{
    /// <summary>Adds <c>outbox_messages</c> and <c>inbox_messages</c> to a service's model.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).UseIdentityAlwaysColumn();
            outbox.HasIndex(m => m.Id).IsUnique();
            outbox.Property(m => m.AggregateId).HasMaxLength(200);
            outbox.Property(m => m.MessageType).HasMaxLength(500);
            outbox.Property(m => m.Destination).HasMaxLength(300);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(64);
            outbox.Property(m => m.TraceState).HasMaxLength(512);
            // The dispatcher only ever scans unsent rows; a partial index keeps that scan small forever.
            outbox.HasIndex(m => m.Sequence).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
            outbox.HasIndex(m => new { m.AggregateId, m.Sequence }).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent_aggregate");
            // Parked rows are few; the claim probes them for every candidate row, so they get an index of their own
            // (named, because EF would otherwise take it for the index above on the same columns).
            outbox.HasIndex(m => new { m.AggregateId, m.Sequence }, "ix_outbox_messages_parked").HasFilter("parked_at IS NOT NULL AND sent_at IS NULL")
                .HasDatabaseName("ix_outbox_messages_parked");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            inbox.HasIndex(m => m.ProcessedAt);
        });
        return modelBuilder;
    }
}
