import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotificationsService } from '@gqt/notifications';
import { Auth, CurrentPrincipal, ReaderLanguage, UuidParam, mapPage, type Principal } from '@gqt/platform';
import { NotificationPage, NotificationQuery, NotificationResponse } from './notification.response';

@ApiTags('Notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /**
   * The caller's inbox, newest first: confirmation requests, decisions, overdue notices. Texts are
   * Chinese; `Accept-Language: en` gives them in English.
   */
  @Auth('notifications:read')
  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: NotificationQuery,
    @ReaderLanguage() language: 'zh-CN' | 'en' | null,
  ): Promise<NotificationPage> {
    return mapPage(await this.notifications.list(principal, query, query), (n) => NotificationResponse.of(n, language));
  }

  /** Marks one of the caller's notifications read (404 for another's). */
  @Auth('notifications:read')
  @Post(':id/read')
  @HttpCode(200)
  async markRead(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @ReaderLanguage() language: 'zh-CN' | 'en' | null,
  ): Promise<NotificationResponse> {
    return NotificationResponse.of(await this.notifications.markRead(principal, id), language);
  }

  /** Marks every notification of the caller read. */
  @Auth('notifications:read')
  @Post('read-all')
  @HttpCode(200)
  async markAllRead(@CurrentPrincipal() principal: Principal): Promise<{ marked: number }> {
    return { marked: await this.notifications.markAllRead(principal) };
  }
}
