// One contract call from the command line; a refusal becomes the command's error (exit 1).
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract/channels';
import { ServiceError } from '../../shared/contract/errors';
import type { Service } from '../service/createService';

export async function call<C extends Channel>(service: Service, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await service.dispatch(channel, input);
  if (!result.ok) throw new ServiceError(result.error.code, result.error.message);
  return result.value as ChannelOutput<C>;
}
