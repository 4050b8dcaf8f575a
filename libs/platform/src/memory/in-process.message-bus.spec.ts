import { InProcessMessageBus } from './in-process.message-bus';
import { describeMessageBusContract } from '../contracts/message-bus.contract';

describeMessageBusContract('in-process', async () => new InProcessMessageBus(10));
