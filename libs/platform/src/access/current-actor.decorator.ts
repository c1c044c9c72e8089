import { createParamDecorator } from '@nestjs/common';
import { requestContext } from '../logging/request-context.js';
import type { Actor } from './actor.js';

/** The authenticated actor of the current request (set by the access guard). */
export const CurrentActor = createParamDecorator((): Actor => requestContext.getStore()?.actor ?? { type: 'anonymous' });
