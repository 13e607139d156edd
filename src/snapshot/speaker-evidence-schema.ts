import { z } from 'zod';

/** A document's speaker evidence, as the analyses segment and the ledger store it. */
export const speakerEvidenceSchema = z.object({
  alone: z.array(z.string()),
  organisations: z.array(z.object({ canonical: z.string(), forms: z.array(z.string()) })),
  persons: z.array(
    z.object({
      given: z.string(),
      surname: z.string(),
      titled: z.boolean(),
      titles: z.array(z.string()),
      nationality: z.string().nullable(),
    }),
  ),
  countries: z.array(z.string()),
});
