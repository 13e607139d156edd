import type { Interaction } from 'discord.js';
import type { Actor } from './moderator-check.js';

/** Reduces an interaction's invoker to what the moderator rule needs. */
export function actorOf(interaction: Interaction): Actor {
  const member = interaction.member;
  const roleIds = !member ? [] : Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return {
    userId: interaction.user.id,
    inGuild: interaction.guildId !== null,
    permissions: interaction.memberPermissions?.bitfield ?? null,
    roleIds,
  };
}
