import { PermissionFlagsBits } from 'discord.js';

/** Who is asking, reduced to what the moderator rule needs. */
export interface Actor {
  readonly userId: string;
  /** True inside a guild; false in DMs. */
  readonly inGuild: boolean;
  /** The member's permissions in the channel, as Discord computed them (null outside a guild). */
  readonly permissions: bigint | null;
  readonly roleIds: readonly string[];
}

export interface ModeratorRule {
  readonly moderatorRoleIds: readonly string[];
  readonly ownerUserIds: readonly string[];
}

/**
 * Moderators are members with Manage Server or a role in MODERATOR_ROLE_IDS; in DMs only the
 * owners in OWNER_USER_IDS. Checked here even though the commands are registered with default
 * member permissions, because server admins can override those per command.
 */
export function isModerator(actor: Actor, rule: ModeratorRule): boolean {
  if (!actor.inGuild) return rule.ownerUserIds.includes(actor.userId);
  const manageGuild =
    actor.permissions !== null &&
    (actor.permissions & PermissionFlagsBits.ManageGuild) === PermissionFlagsBits.ManageGuild;
  return manageGuild || actor.roleIds.some((roleId) => rule.moderatorRoleIds.includes(roleId));
}
