export * from './notification-messages';
export * from './notification.decider';
export * from './notifications.consumer';
export * from './sms-texts';
