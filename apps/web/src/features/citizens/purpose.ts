import { CITIZEN_PURPOSES, type CitizenPurpose } from '@skranke/contracts';

/** The look-up's purpose for a queue service: the demo services are coded like the purposes (pas, digital-post, …). */
export function purposeForService(serviceCode: string | undefined): CitizenPurpose | undefined {
  return (CITIZEN_PURPOSES as readonly string[]).includes(serviceCode ?? '') ? (serviceCode as CitizenPurpose) : undefined;
}
