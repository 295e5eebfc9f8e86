import { defineMessages } from '../../../common/i18n.js';
import '../../../common/disclosure/messages.js';

/** The public disclosure pages' texts (the form's field labels are shared with the staff intake). */
defineMessages(
  'disclosure',
  {
    portal: {
      title: '政府信息公开',
      intro:
        '查阅各部门主动公开的政府信息；需要未主动公开的政府信息，可以在线提出政府信息公开申请，并凭查询码查询办理进度。',
      proactive: '主动公开目录',
      proactiveText:
        '各部门依《政府信息公开条例》第二十条、第二十一条主动公开的政府信息，按部门和类别查阅公开指南与公开目录。',
      apply: '依申请公开',
      applyText: '在线提交政府信息公开申请。行政机关自双方确认之日起20个工作日内答复。',
      track: '申请查询',
      trackText: '凭提交申请时获得的查询码，查询办理状态、答复期限和办理结果。',
      applyTitle: '政府信息公开申请（网上申请）',
      noticeTitle: '提交前请阅读',
      notice: {
        received:
          '提交后，受理机关与您确认申请；双方确认之日为收到申请之日（《政府信息公开条例》第三十一条第（三）项）。',
        reply:
          '受理机关自收到申请之日起20个工作日内答复；需要延长的，经政府信息公开工作机构负责人同意并告知您，延长期限最长不超过20个工作日（第三十三条）。征求第三方意见的时间不计算在内。',
        correction:
          '申请内容不明确的，受理机关会在7个工作日内一次性告知您补正；答复期限自收到补正之日起计算。无正当理由逾期不补正的，视为放弃申请（第三十条）。',
        track: '提交成功后您会得到一个查询码，请妥善保存，凭查询码查询办理进度。',
        privacy: '您填写的身份证件号码等个人信息仅用于办理本申请，任何查询页面都不会完整显示。',
      },
      department: '受理机关',
      departmentHint: '向制作或保存该政府信息的机关提出申请',
      departmentRequired: '请选择向哪个机关申请',
      agree: '我确认以上信息真实、准确，并已阅读上述说明',
      agreeRequired: '请确认已阅读说明并保证信息真实',
      submit: '提交申请',
      submittedTitle: '申请已提交',
      submittedText: '受理机关将与您确认申请，并在法定期限内答复。',
      yourCode: '您的查询码',
      keepCode: '请记下或复制查询码，凭它查询办理进度；查询码遗失无法找回。',
      receivedOn: '收到申请日期',
      dueOn: '答复期限',
      trackNow: '查询办理进度',
      back: '返回政府信息公开',
      trackTitle: '申请查询',
      trackIntro: '输入提交申请时获得的 12 位查询码（不区分大小写，可带或不带连字符）。',
      code: '查询码',
      codeRequired: '请输入查询码',
      codeInvalid: '查询码应为 12 位字母或数字',
      query: '查询',
      resultTitle: '查询码 {code}',
      status: '办理状态',
      dueSuspended: '暂停计算（待补正、征求第三方意见或待缴费期间不计算在内）',
      concludedOn: '办结日期',
      outcome: '办理结果',
      correctionHint:
        '受理机关已告知您补正申请，请按补正告知书在期限内补正；答复期限自收到补正之日起重新计算。',
      remedies:
        '对答复不服的，可以依法申请行政复议或者提起行政诉讼；认为行政机关侵犯合法权益的，也可以向政府信息公开工作主管部门投诉、举报（《政府信息公开条例》第五十一条）。',
    },
  },
  {
    portal: {
      title: 'Information disclosure',
      intro:
        'Browse what the departments publish, apply for information not yet published, and track your application.',
      proactive: 'Published information',
      proactiveText: 'Information each department publishes proactively, by department and category.',
      apply: 'Apply for information',
      applyText: 'Submit a request online. The organ replies within 20 working days of confirming it.',
      track: 'Track an application',
      trackText: 'Use your tracking code to see the status, the due date and the outcome.',
      applyTitle: 'Request for government information (online)',
      noticeTitle: 'Before you submit',
      notice: {
        received:
          'The organ confirms your request with you; the day both sides confirm is the day of receipt (Art 31).',
        reply:
          'The organ replies within 20 working days of receipt; one extension of up to 20 working days is possible (Art 33).',
        correction:
          'If your request is unclear you are asked once, within 7 working days, to correct it (Art 30).',
        track: 'You receive a tracking code; keep it to follow your request.',
        privacy: 'Your ID number is used only to handle this request and is never shown in full.',
      },
      department: 'Organ',
      departmentHint: 'The organ that made or holds the information',
      departmentRequired: 'Choose the organ',
      agree: 'The information above is true and I have read the notes',
      agreeRequired: 'Please confirm',
      submit: 'Submit',
      submittedTitle: 'Request submitted',
      submittedText: 'The organ will confirm your request and reply within the legal period.',
      yourCode: 'Your tracking code',
      keepCode: 'Write down or copy the code; it cannot be recovered.',
      receivedOn: 'Received on',
      dueOn: 'Reply due',
      trackNow: 'Track it',
      back: 'Back',
      trackTitle: 'Track an application',
      trackIntro: 'Enter the 12-character tracking code.',
      code: 'Tracking code',
      codeRequired: 'Enter the code',
      codeInvalid: 'The code has 12 letters or digits',
      query: 'Search',
      resultTitle: 'Tracking code {code}',
      status: 'Status',
      dueSuspended: 'Suspended (correction, consultation or fee pending)',
      concludedOn: 'Concluded on',
      outcome: 'Outcome',
      correctionHint:
        'You have been asked to correct your request; the reply period restarts when the correction arrives.',
      remedies:
        'You may apply for administrative review or sue; you may also complain to the supervising body (Art 51).',
    },
  },
);
