/** Printed by `npm run bot` when BOT_CHANNEL is not set: the two channels and what each needs. */
export const channelGuide = `npm run bot needs a channel. Set BOT_CHANNEL to one of:

  BOT_CHANNEL=wecom     WeCom (企业微信) 智能机器人, WeCom's official AI-bot API over a long connection.
                        Needs WECOM_BOT_ID and WECOM_BOT_SECRET (admin console › 智能机器人 › API 模式 › 长连接);
                        WECOM_WS_URL only for privately deployed WeCom. No public IP, no QR login.
                        Answers @-mentions in WeCom groups and one-to-one chats.

  BOT_CHANNEL=wechaty   WeChat groups through wechaty. WECHATY_PUPPET picks the protocol:
                        wechaty-puppet-wechat4u (default) logs in by QR code through web WeChat — most
                        accounts can no longer use web WeChat ("此微信号不能登录网页微信"), and accounts
                        used this way risk being restricted; wechaty-puppet-service with
                        WECHATY_PUPPET_SERVICE_TOKEN (and WECHATY_PUPPET_SERVICE_ENDPOINT if given) uses a paid
                        pad/WeCom protocol service.

Example:  BOT_CHANNEL=wecom WECOM_BOT_ID=… WECOM_BOT_SECRET=… npm run bot
Details:  README.md › Deploy, and .env.example for every setting.`;
