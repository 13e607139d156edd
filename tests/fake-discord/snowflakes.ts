/** Discord's epoch (2015-01-01T00:00:00Z): every snowflake counts milliseconds from it. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Makes real-looking snowflakes: timestamp << 22 | worker << 17 | process << 12 | increment.
 * Current timestamps give 19-digit ids; @discordjs/rest derives rate-limit buckets from ids in the
 * route, so short fake ids like "1" would put every route in one bucket.
 */
export function createSnowflakeFactory(worker = 1n, processId = 0n): () => string {
  let increment = 0n;
  let lastTimestamp = 0n;
  return () => {
    let timestamp = BigInt(Date.now()) - DISCORD_EPOCH;
    // Keep ids strictly increasing even when many are made within one millisecond.
    if (timestamp <= lastTimestamp && increment === 4095n) timestamp = lastTimestamp + 1n;
    if (timestamp < lastTimestamp) timestamp = lastTimestamp;
    if (timestamp !== lastTimestamp) increment = 0n;
    lastTimestamp = timestamp;
    const id = (timestamp << 22n) | (worker << 17n) | (processId << 12n) | increment;
    increment = (increment + 1n) & 4095n;
    return id.toString();
  };
}

/** The moment a snowflake was made, as Discord's ISO timestamps print it. */
export function snowflakeTimestamp(id: string): string {
  return new Date(Number((BigInt(id) >> 22n) + DISCORD_EPOCH)).toISOString().replace('Z', '+00:00');
}
