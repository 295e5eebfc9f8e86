import type { RegisterRequestInput } from '../../../../../common/contracts/disclosure/requests.js';
import { RegisterRequestBody } from '../../../../../common/contracts/disclosure/requests.js';

/** A complete staff intake (a registered letter, natural person); override any field. */
export function buildRequestInput(
  orgUnitId: string,
  over: Record<string, unknown> = {},
): RegisterRequestInput {
  return RegisterRequestBody.parse({
    orgUnitId,
    channel: 'letter',
    mailKind: 'registered',
    arrivedOn: '2020-06-01',
    signedOn: '2020-06-01',
    applicantType: 'natural_person',
    applicantName: '张三丰',
    applicantIdType: 'resident_id',
    applicantIdNumber: '210114199001011232',
    applicantPhone: '13812345678',
    applicantAddress: '沈阳市于洪区示例路1号',
    informationDescription: '某小区维修资金使用审批材料',
    deliveryMethod: 'paper_mail',
    ...over,
  });
}
