using CareServices.Assessment.Domain.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class IntakeConversationConfiguration : IEntityTypeConfiguration<IntakeConversation>
{
    public void Configure(EntityTypeBuilder<IntakeConversation> intake)
    {
        intake.ToTable("intake_conversations");
        intake.HasKey(i => i.Id);
        intake.Property(i => i.Id).ValueGeneratedNever();
        intake.Property(i => i.MunicipalityId).HasMaxLength(4);
        intake.Property(i => i.WhatMatters).HasMaxLength(4000);
        intake.Property(i => i.ManagesSelf).HasMaxLength(4000);
        intake.Property(i => i.WhoIsAround).HasMaxLength(4000);
        intake.Property(i => i.RecordedBy).HasMaxLength(200);
        intake.HasIndex(i => new { i.RecipientId, i.HeldOn });
    }
}
