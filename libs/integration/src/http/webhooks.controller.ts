import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, Allow, ApiProblems, CurrentActor, etagOf, hasRole, UuidParam } from '#platform';
import { WebhookSubscriptionsUseCases } from '../application/webhooks/webhooks.use-cases.js';
import {
  CreateWebhookSubscriptionDto,
  DeliveryQueryDto,
  RotateSecretDto,
  UpdateWebhookSubscriptionDto,
  WebhookAttemptDto,
  WebhookDeliveryDetailDto,
  WebhookDeliveryDto,
  WebhookDeliveryListDto,
  WebhookSubscriptionDto,
  WebhookSubscriptionListDto,
  WebhookSubscriptionWithSecretDto,
} from './webhooks.dto.js';

/** The route's policy grants clients only, so the actor is a client: its id scopes every query. */
const clientOf = (actor: Actor): string => (actor.type === 'client' ? actor.id : '');

/**
 * On the routes also granted to admins (support for a district whose deliveries fail): a client
 * sees its own subscriptions only; an admin (`null`) any client's.
 */
const ownerOf = (actor: Actor): string | null => (actor.type === 'client' ? actor.id : hasRole(actor, 'admin') ? null : '');

const ETAG_HEADER = {
  ETag: { description: 'Version of the subscription; send it back in If-Match to change it', schema: { type: 'string', example: '"v3"' } },
};

@ApiTags('integration')
@ApiBearerAuth()
@Controller('api/v1')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookSubscriptionsUseCases) {}

  @Post('webhook-subscriptions')
  @Allow({ scopes: ['webhooks:manage'] })
  @ApiOperation({
    summary: 'Subscribe an endpoint to event types; the signing secret is shown once',
    description:
      'Deliveries are POSTs signed per Standard Webhooks (`webhook-id` = the event id, the same on every retry; `webhook-timestamp`; ' +
      '`webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>`). Body: `{ type, timestamp, data }`, `data` carrying `eventId`, ' +
      '`cursor` (the change-feed position), the aggregate and its state.',
  })
  @ApiCreatedResponse({ type: WebhookSubscriptionWithSecretDto, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 409, 422)
  async create(
    @Body() body: CreateWebhookSubscriptionDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookSubscriptionWithSecretDto> {
    const { subscription, secret } = await this.webhooks.create(clientOf(actor), body);
    void reply.header('etag', etagOf(subscription.version));
    return { ...WebhookSubscriptionDto.from(subscription), secret };
  }

  @Get('webhook-subscriptions')
  @Allow({ scopes: ['webhooks:manage'] })
  @ApiOperation({ summary: 'The calling client’s webhook subscriptions' })
  @ApiOkResponse({ type: WebhookSubscriptionListDto })
  @ApiProblems(401, 403)
  async list(@CurrentActor() actor: Actor): Promise<WebhookSubscriptionListDto> {
    return { items: (await this.webhooks.list(clientOf(actor))).map(WebhookSubscriptionDto.from) };
  }

  @Get('webhook-subscriptions/:subscriptionId')
  @Allow({ roles: ['admin'], scopes: ['webhooks:manage'] })
  @ApiOperation({ summary: 'One of the calling client’s subscriptions, with its ETag (admins: any client’s)' })
  @ApiOkResponse({ type: WebhookSubscriptionDto, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404)
  async get(
    @Param('subscriptionId', new UuidParam('subscriptionId')) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookSubscriptionDto> {
    const s = await this.webhooks.get(ownerOf(actor), id);
    void reply.header('etag', etagOf(s.version));
    return WebhookSubscriptionDto.from(s);
  }

  @Patch('webhook-subscriptions/:subscriptionId')
  @Allow({ scopes: ['webhooks:manage'] })
  @ApiOperation({ summary: 'Change a subscription, or re-enable it after the platform disabled it (`enabled: true`); If-Match required' })
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag of your last read; 428 without, 412 when the subscription changed since',
    example: '"v3"',
  })
  @ApiOkResponse({ type: WebhookSubscriptionDto, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404, 412, 422, 428)
  async update(
    @Param('subscriptionId', new UuidParam('subscriptionId')) id: string,
    @Body() body: UpdateWebhookSubscriptionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookSubscriptionDto> {
    const s = await this.webhooks.update(clientOf(actor), id, ifMatch, body);
    void reply.header('etag', etagOf(s.version));
    return WebhookSubscriptionDto.from(s);
  }

  @Delete('webhook-subscriptions/:subscriptionId')
  @HttpCode(204)
  @Allow({ scopes: ['webhooks:manage'] })
  @ApiOperation({ summary: 'Delete a subscription with its deliveries: nothing more is sent to it. If-Match is checked when sent' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag of your last read; 412 when the subscription changed since', example: '"v3"' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 401, 403, 404, 412)
  async remove(
    @Param('subscriptionId', new UuidParam('subscriptionId')) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.webhooks.remove(clientOf(actor), id, ifMatch);
  }

  @Post('webhook-subscriptions/:subscriptionId/rotate-secret')
  @HttpCode(200)
  @Allow({ scopes: ['webhooks:manage'] })
  @ApiOperation({ summary: 'A new signing secret, shown once; the old one also signs for `overlapSeconds` (default a day)' })
  @ApiOkResponse({ type: WebhookSubscriptionWithSecretDto, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404)
  async rotate(
    @Param('subscriptionId', new UuidParam('subscriptionId')) id: string,
    @Body() body: RotateSecretDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebhookSubscriptionWithSecretDto> {
    const { subscription, secret } = await this.webhooks.rotateSecret(clientOf(actor), id, body.overlapSeconds ?? 86_400);
    void reply.header('etag', etagOf(subscription.version));
    return { ...WebhookSubscriptionDto.from(subscription), secret };
  }

  @Get('webhook-subscriptions/:subscriptionId/deliveries')
  @Allow({ roles: ['admin'], scopes: ['webhooks:manage'] })
  @ApiOperation({ summary: 'Deliveries to one subscription, newest first (FAILED = dead-lettered); admins: any client’s' })
  @ApiOkResponse({ type: WebhookDeliveryListDto })
  @ApiProblems(400, 401, 403, 404)
  async deliveries(
    @Param('subscriptionId', new UuidParam('subscriptionId')) id: string,
    @Query() query: DeliveryQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookDeliveryListDto> {
    const items = await this.webhooks.deliveries(ownerOf(actor), id, { status: query.status, limit: query.limit ?? 100 });
    return { items: items.map(WebhookDeliveryDto.from) };
  }

  @Get('webhook-deliveries/:deliveryId')
  @Allow({ roles: ['admin'], scopes: ['webhooks:manage'] })
  @ApiOperation({ summary: 'One delivery with its log of attempts (admins: any client’s)' })
  @ApiOkResponse({ type: WebhookDeliveryDetailDto })
  @ApiProblems(400, 401, 403, 404)
  async delivery(@Param('deliveryId', new UuidParam('deliveryId')) id: string, @CurrentActor() actor: Actor): Promise<WebhookDeliveryDetailDto> {
    const d = await this.webhooks.delivery(ownerOf(actor), id);
    return { ...WebhookDeliveryDto.from(d), attemptLog: d.attemptLog.map(WebhookAttemptDto.from) };
  }

  @Post('webhook-deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @Allow({ roles: ['admin'], scopes: ['webhooks:manage'] })
  @ApiOperation({ summary: 'Send a succeeded or dead-lettered delivery again now, with the same webhook-id (admins: any client’s, as support)' })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async redeliver(@Param('deliveryId', new UuidParam('deliveryId')) id: string, @CurrentActor() actor: Actor): Promise<WebhookDeliveryDto> {
    return WebhookDeliveryDto.from(await this.webhooks.redeliver(ownerOf(actor), id));
  }
}
