import type { StarterLanguageContent } from './starter-content';

/**
 * English half of the starter guide. Written for English-speaking customers of a European company:
 * friendly first-name greeting, British spelling, no promises the agent cannot keep. Every [[gap]] is
 * a specific only the agent can know.
 */
export const STARTER_EN: StarterLanguageContent = {
  'delivery-status': {
    title: 'Delivery status & tracking',
    description: 'Where an order is, when it will arrive, why it is late, or what to do when it shows as delivered but is missing.',
    keywords: [
      'delivery', 'deliver', 'delivered', 'shipping', 'ship', 'shipped', 'shipment', 'dispatch', 'dispatched',
      'tracking', 'track', 'tracking number', 'parcel', 'package', 'order', 'ordered', 'arrive', 'arrived',
      'arrival', 'courier', 'DHL', 'UPS', 'FedEx', 'DPD', 'Hermes', 'Royal Mail', 'postman', 'late', 'delay',
      'delayed', 'waiting', 'still waiting', 'not received', 'never arrived', 'where is', 'when will',
      'ETA', 'lost', 'missing', 'on its way', 'neighbour', 'locker',
    ],
    examples: [
      'Where is my order? I have been waiting for over a week.',
      'When will my parcel be delivered?',
      'Tracking says delivered but nothing arrived.',
      'How long is shipping at the moment?',
      'My order still has not been dispatched.',
    ],
    templates: [
      {
        slug: 'check-order',
        title: 'Check the order',
        body:
          "Hi {{first_name}}, I'm sorry about the wait – it's frustrating when you're looking forward to something. " +
          "I'd be happy to look into your order personally. Could you send us your order number in a private message " +
          "(please don't post it here)? I'll get back to you with an update as soon as I can.\n\nBest wishes,\n{{agent}}",
      },
      {
        slug: 'delay',
        title: 'Explain a delay',
        body:
          'Hi {{first_name}}, thank you for your patience! Deliveries are taking a little longer than usual at the moment ' +
          'because [[reason for the delay]]. Your order should reach you by [[expected delivery date]]. As soon as your ' +
          "parcel is on its way, you'll get an email with a tracking link.\n\nKind regards,\n{{agent}}",
      },
      {
        slug: 'delivered-missing',
        title: 'Shown as delivered but missing',
        body:
          "Hi {{first_name}}, that's really annoying when tracking says \"delivered\" and there's nothing there. Could you " +
          'check whether the parcel was left with a neighbour, in a parcel locker or in a safe place? Couriers often leave ' +
          "a card. If it isn't there, please send us your order number in a private message and we'll sort it out with " +
          '[[courier]] for you.\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'short',
        title: 'Ask for the order number (short, fits X)',
        body:
          "Hi {{first_name}}, sorry for the wait! Please send us your order number by direct message (not here in public) " +
          "and I'll check right away where your parcel is.\n\nBest wishes,\n{{agent}}",
      },
    ],
  },

  'returns-refund': {
    title: 'Returns & refunds',
    description: 'How returns and exchanges work and when the money comes back.',
    keywords: [
      'return', 'returns', 'returned', 'returning', 'send back', 'sent back', 'refund', 'refunded', 'money back',
      'reimburse', 'exchange', 'swap', 'return label', 'returns label', 'return form', 'return policy',
      'cancel', 'cancellation', 'credit', 'store credit', "doesn't fit", 'wrong size', 'too small', 'too big',
      'money', 'chargeback', 'withdrawal',
    ],
    examples: [
      'How do I return these shoes?',
      'I sent my return two weeks ago and still have not got my money back.',
      "Can I exchange the trousers? They're too small.",
      'Where do I find the return label?',
      'When will I get my refund?',
    ],
    templates: [
      {
        slug: 'how-to-return',
        title: 'How returns work',
        body:
          "Hi {{first_name}}, sorry it wasn't quite right! You can return items free of charge within [[return period]]. " +
          "You'll find the return label [[where to get the return label]]. Just pop the delivery note in the parcel so we " +
          "can match your return quickly. If anything's unclear, we're happy to help.\n\nBest wishes,\n{{agent}}",
      },
      {
        slug: 'refund-pending',
        title: 'Refund still pending',
        body:
          "Hi {{first_name}}, thanks for checking in – nobody likes waiting for their money. Once your return has been " +
          'checked, we refund the amount to your original payment method; this usually takes [[processing time]]. So I ' +
          'can see where your return is right now, could you send me your order number in a private message?\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'exchange',
        title: 'Exchange',
        body:
          "Hi {{first_name}}, an exchange is no problem at all! [[How exchanges work]]. If you like, I can check first " +
          'whether the size or colour you want is in stock – just tell me which one you need.\n\nBest wishes,\n{{agent}}',
      },
    ],
  },

  'opening-hours': {
    title: 'Opening hours & holidays',
    description: 'When stores are open, including public holidays and Sundays.',
    keywords: [
      'opening hours', 'open', 'opening', 'opens', 'closed', 'close', 'closing', 'closing time', 'hours',
      'Sunday', 'Saturday', 'weekend', 'holiday', 'bank holiday', 'public holiday', 'Christmas', 'Christmas Eve',
      "New Year's Eve", 'Easter', 'store', 'shop', 'branch', 'what time', 'until when', 'today', 'tomorrow',
      'location',
    ],
    examples: [
      'Are you open on Saturday?',
      'What time does the store close today?',
      'Are you open on public holidays?',
      'Until when can I shop tomorrow?',
      'Is the shop open on Easter Monday?',
    ],
    templates: [
      {
        slug: 'regular-hours',
        title: 'Regular opening hours',
        body:
          'Hi {{first_name}}, thanks for asking! Our [[store]] is open [[opening hours]]. You can find all our stores ' +
          'and their opening hours at [[link to store finder]]. We look forward to seeing you!\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'holiday-hours',
        title: 'Holidays & special hours',
        body:
          'Hi {{first_name}}, good question – holidays are always a bit different. On [[holiday and date]] we are ' +
          '[[special opening hours or "closed"]]. From [[date]] our usual hours apply again (as of {{date}}).\n\n' +
          'Best wishes and happy holidays,\n{{agent}}',
      },
    ],
  },

  'price-offer': {
    title: 'Prices, offers & vouchers',
    description: 'What something costs, how long an offer runs, discount codes and price differences between an ad and the till.',
    keywords: [
      'price', 'prices', 'cost', 'costs', 'how much', 'expensive', 'cheap', 'offer', 'offers', 'deal',
      'promotion', 'discount', 'percent', 'sale', 'reduced', 'voucher', 'voucher code', 'discount code',
      'promo code', 'code', 'coupon', 'leaflet', 'advert', 'advertised', 'till', 'checkout', 'charged more',
      'Black Friday', 'shipping costs', 'price increase', 'euro',
    ],
    examples: [
      'How much is the set?',
      'Is the offer from the leaflet valid online too?',
      "My discount code doesn't work.",
      'At the till the price was higher than advertised.',
      'Will there be a sale again soon?',
    ],
    templates: [
      {
        slug: 'price-info',
        title: 'Price and offer period',
        body:
          'Hi {{first_name}}, thanks for your interest! [[Product]] currently costs [[price]]. The offer runs [[period]] ' +
          '[[online and/or in stores]]. Enjoy browsing – and just let us know if you have any other questions.\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'voucher-problem',
        title: "Voucher code doesn't work",
        body:
          "Hi {{first_name}}, how annoying when a code won't work! Could you quickly check whether [[voucher conditions]] " +
          "apply? If it still doesn't work, send us the code and a screenshot in a private message and we'll find a " +
          'solution.\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'price-difference',
        title: 'Charged more than advertised',
        body:
          "Hi {{first_name}}, thanks for letting us know – we'll look into it! The advertised price of [[price]] applies " +
          "[[conditions and period]]. If you were charged more at the till, please send us a photo of your receipt in a " +
          "private message and we'll sort out the difference for you.\n\nBest wishes,\n{{agent}}",
      },
    ],
  },

  'product-availability': {
    title: 'Availability & range',
    description: 'Whether an item is in stock, when it will be back, whether a store has it, or whether it has been discontinued.',
    keywords: [
      'available', 'availability', 'in stock', 'stock', 'out of stock', 'sold out', 'restock', 'restocked',
      'back in stock', 'back', 'get', 'buy', 'range', 'size', 'colour', 'color', 'discontinued',
      'no longer', 'anymore', 'new', 'pre-order', 'preorder', 'reserve', 'item', 'product', 'model', 'carry',
      'sell', 'find',
    ],
    examples: [
      'Is the jacket still available in size M?',
      'When will this item be back in stock?',
      'Are you getting this model again?',
      'Sold out everywhere – will there be a restock?',
      'Does the Cologne store carry this product?',
    ],
    templates: [
      {
        slug: 'back-in-stock',
        title: 'Back in stock soon',
        body:
          "Hi {{first_name}}, lovely that you like [[product]]! Unfortunately it's sold out right now. We expect new stock " +
          '[[time frame]]. Tip: sign up for the "back in stock" alert on the product page and you\'ll know straight away.' +
          '\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'discontinued',
        title: 'No longer in our range',
        body:
          "Hi {{first_name}}, thanks for asking! Unfortunately [[product]] is no longer part of our range. A lovely " +
          "alternative is [[alternative]], because [[why it fits]]. If you like, I'm happy to help you choose.\n\nBest wishes,\n{{agent}}",
      },
      {
        slug: 'store-stock',
        title: 'Stock in a store',
        body:
          'Hi {{first_name}}, good question! You can check whether [[product]] is in stock at your store at ' +
          '[[link to stock check]], updated daily. You can also reserve it there and pick it up within [[pick-up period]].' +
          '\n\nBest wishes,\n{{agent}}',
      },
    ],
  },

  'complaint-quality': {
    title: 'Complaints & quality issues',
    description: 'Faulty, damaged or poor-quality goods, complaints about quality, warranty and guarantee.',
    keywords: [
      'complaint', 'complain', 'faulty', 'fault', 'defective', 'defect', 'broken', 'broke', 'damaged', 'damage',
      'cracked', 'torn', 'ripped', 'quality', 'poor quality', 'disappointed', 'disappointing', "doesn't work",
      'not working', 'stopped working', 'warranty', 'guarantee', 'spoiled', 'mould', 'mouldy', 'expired',
      'unhappy', 'rubbish', 'disgrace', 'seam', 'hole', 'scratch', 'replacement', 'repair',
    ],
    examples: [
      'The seam ripped after two weeks, such poor quality!',
      'The device arrived broken.',
      'I want to make a complaint, the item is faulty.',
      'There was mould in the yoghurt even though it is well within date.',
      'How do I make a warranty claim?',
    ],
    templates: [
      {
        slug: 'apologise-photos',
        title: 'Apologise and ask for photos',
        body:
          "Hi {{first_name}}, I'm really sorry – that's not how it should be. So we can take a proper look, could you send " +
          'us a few photos of the fault and your order number or a photo of the receipt in a private message? Then we\'ll ' +
          'quickly arrange a replacement or a refund.\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'quality-team',
        title: 'Passed on to the quality team',
        body:
          'Hi {{first_name}}, thank you for being so open with us. I have passed your feedback on [[product]] to our ' +
          "quality team – feedback like this helps us get better. About your particular case, I'll get back to you " +
          '[[by when]] in a private message.\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'warranty',
        title: 'Warranty and guarantee',
        body:
          "Hi {{first_name}}, how annoying that [[product]] isn't working properly any more! As your purchase is still " +
          "under warranty, [[how the claim works]]. Please keep your proof of purchase to hand. If you have any questions " +
          "about the process, I'm happy to help.\n\nBest wishes,\n{{agent}}",
      },
    ],
  },

  'payment-invoice': {
    title: 'Payment & invoices',
    description: 'Payment methods, invoices, double charges and payment reminders.',
    keywords: [
      'payment', 'pay', 'paid', 'paying', 'payment method', 'payment methods', 'invoice', 'invoices', 'bill',
      'billing', 'PayPal', 'credit card', 'debit card', 'direct debit', 'bank transfer', 'transfer', 'Klarna',
      'instalments', 'charge', 'charged', 'charged twice', 'double charged', 'reminder', 'payment reminder',
      'fee', 'amount', 'receipt', 'VAT', 'billing address', 'Apple Pay', 'Google Pay', 'debt collection',
    ],
    examples: [
      'Can I pay by invoice?',
      'I was charged twice for the same order!',
      'Where can I find my invoice?',
      'Why did I get a payment reminder when I already paid?',
      'Do you accept PayPal?',
    ],
    templates: [
      {
        slug: 'payment-methods',
        title: 'Payment methods',
        body:
          'Hi {{first_name}}, thanks for asking! You can pay with [[payment methods]]. You will find all the details at ' +
          '[[link to payment information]]. Happy shopping!\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'charge-dunning',
        title: 'Sort out a charge or reminder',
        body:
          "Hi {{first_name}}, we'll sort this out right away – money worries are especially unpleasant. Please send us " +
          'your order number and the date of the charge or reminder in a private message (never post bank details ' +
          "publicly). We'll check and get back to you.\n\nBest wishes,\n{{agent}}",
      },
      {
        slug: 'find-invoice',
        title: 'Find an invoice',
        body:
          "Hi {{first_name}}, you'll find your invoice [[where to find the invoice]]. If it isn't there, we're happy to " +
          'send it again – just send us your order number in a private message.\n\nBest wishes,\n{{agent}}',
      },
    ],
  },

  'account-login': {
    title: 'Account & login',
    description: 'Trouble logging in, forgotten passwords, locked accounts, changing details or deleting an account.',
    keywords: [
      'account', 'customer account', 'login', 'log in', 'logged', 'sign in', 'signin', 'sign up', 'register',
      'registration', 'password', 'forgot password', 'reset', 'locked', 'locked out', 'blocked', 'email address',
      'username', 'app', 'credentials', 'two-factor', 'verification', 'confirmation email', 'delete account',
      'change details', 'change address', 'newsletter', 'unsubscribe', 'loyalty card', 'error message', 'profile',
    ],
    examples: [
      "I can't get into my account any more.",
      "Forgot my password and the reset email doesn't arrive.",
      'My account has been locked, why?',
      'How do I delete my account?',
      'The app always shows an error when I log in.',
    ],
    templates: [
      {
        slug: 'reset-password',
        title: 'Reset the password',
        body:
          "Hi {{first_name}}, we can fix that! Use \"Forgot password\" on [[link to login page]] and we'll email you a " +
          "reset link. If the email doesn't arrive, please check your spam folder too. If it still doesn't work, send us " +
          'a private message – but please never send your password.\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'locked-error',
        title: 'Locked account or error message',
        body:
          "Hi {{first_name}}, sorry that logging in isn't working right now. So we can look at your account, please send " +
          'us the email address you registered with and – if one appears – the error message in a private message. We ' +
          "don't need your password for this.\n\nBest wishes,\n{{agent}}",
      },
      {
        slug: 'change-delete',
        title: 'Change details or delete the account',
        body:
          'Hi {{first_name}}, your data belongs to you – of course you can change it or delete your account. ' +
          "[[Step-by-step instructions]]. If anything gets stuck, we're happy to help in a private message.\n\nBest wishes,\n{{agent}}",
      },
    ],
  },

  'praise-thanks': {
    title: 'Praise & thanks',
    description: 'Customers say thank you or praise the service, advice, products or individual staff.',
    keywords: [
      'thanks', 'thank you', 'thank', 'praise', 'great', 'amazing', 'awesome', 'brilliant', 'excellent',
      'fantastic', 'perfect', 'happy', 'delighted', 'love', 'loved', 'friendly', 'helpful', 'kind', 'advice',
      'recommend', 'highly recommend', 'best', 'favourite', 'delicious', 'lovely', 'wonderful', 'compliment',
      'well done', 'superb', 'top', 'thx', 'cheers', '👍', '❤', '😍', '🥰', '🙏', '👏',
    ],
    examples: [
      'Thank you so much for the great advice in store!',
      'Super fast delivery, I am delighted!',
      'Your colleague was so friendly, well done.',
      'Best product ever, highly recommend.',
      'Simply brilliant, thanks guys!',
    ],
    templates: [
      {
        slug: 'thank-you',
        title: 'Thanks for the praise',
        body:
          "Hi {{first_name}}, how lovely to read – thank you so much! Messages like this make our whole team's day. We're " +
          'really glad you are happy and hope to welcome you back at {{page}} soon.\n\nWarm regards,\n{{agent}}',
      },
      {
        slug: 'pass-on',
        title: 'Pass the praise on',
        body:
          "Hi {{first_name}}, thank you so much for your kind words! We'll happily pass them on to [[team, store or " +
          "colleague]] – someone is going to be really pleased. See you next time!\n\nBest wishes,\n{{agent}}",
      },
    ],
  },

  'job-application': {
    title: 'Jobs & applications',
    description: 'Vacancies, apprenticeships and internships, and questions about the status of an application.',
    keywords: [
      'job', 'jobs', 'vacancy', 'vacancies', 'position', 'opening', 'hiring', 'hire', 'apply', 'applied',
      'application', 'interview', 'apprenticeship', 'trainee', 'internship', 'intern', 'part-time',
      'full-time', 'part time', 'career', 'careers', 'work', 'working', 'salary', 'pay', 'wage', 'HR',
      'human resources', 'CV', 'resume', 'rejection', 'recruiting', 'student job',
    ],
    examples: [
      'Are you hiring weekend staff?',
      'I applied three weeks ago and have not heard anything.',
      'Do you offer apprenticeships next year?',
      'How can I apply for an internship?',
      'What is the salary for a sales assistant?',
    ],
    templates: [
      {
        slug: 'open-positions',
        title: 'Open positions',
        body:
          "Hi {{first_name}}, great to hear you'd like to work with us at {{page}}! You'll find all current vacancies, " +
          'apprenticeships and internships at [[link to careers page]], where you can also apply online. Fingers ' +
          'crossed!\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'application-status',
        title: 'Application status',
        body:
          "Hi {{first_name}}, thank you for applying and for your patience! We can't discuss individual applications in " +
          'public, but our recruiting team is there for you at [[HR contact]]. I am also happy to pass your question on ' +
          'internally.\n\nBest wishes,\n{{agent}}',
      },
    ],
  },

  'move-to-private': {
    title: 'Move to a private message',
    description: 'When personal details are needed or have already been posted publicly – continue the conversation privately.',
    keywords: [
      'personal details', 'personal data', 'details', 'address', 'phone number', 'mobile number', 'email',
      'customer number', 'order number', 'IBAN', 'account number', 'private', 'privately', 'private message',
      'PM', 'DM', 'direct message', 'inbox', 'message', 'messaged', 'wrote', 'contact', 'privacy', 'public',
      'Messenger', 'reply', 'respond',
    ],
    examples: [
      'Here is my order number 12345 and my address: 1 Sample Street.',
      'Can I message you privately?',
      'I sent you a DM, please reply.',
      'My customer number is 998877, please get in touch.',
      'Did you see my message on Messenger?',
    ],
    templates: [
      {
        slug: 'please-dm',
        title: 'Please use a private message',
        body:
          "Hi {{first_name}}, to help you properly we need a few personal details – but they don't belong in a public " +
          "comment. Could you send us a private message with [[details needed]]? We'll reply there as quickly as we can." +
          '\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'data-posted',
        title: 'Personal data posted publicly',
        body:
          'Hi {{first_name}}, thanks for your message! To protect you, we have hidden the comment with your personal ' +
          "details – addresses and numbers are safer in a private message. We've already written to you privately and " +
          "will take care of everything there.\n\nBest wishes,\n{{agent}}",
      },
      {
        slug: 'dm-received',
        title: 'Private message received',
        body:
          "Hi {{first_name}}, your private message has reached us – thank you! We'll reply there [[by when]]. If you " +
          "can't see our answer straight away, please check your message requests too.\n\nBest wishes,\n{{agent}}",
      },
    ],
  },

  'hotline-handoff': {
    title: 'Hand over to the hotline or a specialist team',
    description: 'When a request is best solved by phone or by a specialist team, or a customer cannot get through.',
    keywords: [
      'hotline', 'phone', 'call', 'called', 'calling', 'call back', 'callback', 'ring', 'phone number',
      'customer service', 'customer support', 'support', 'service', 'helpline', 'reach', 'get through',
      'on hold', 'waiting on the phone', 'nobody answers', 'no answer', 'no reply', 'contact person',
      'technical', 'tech support', 'specialist', 'email', 'contact form', 'chat', 'live chat',
    ],
    examples: [
      "I can't get through on the phone, I'm stuck on hold.",
      'Is there a hotline for technical questions?',
      'Can someone please call me back?',
      'How do I reach your customer service?',
      'Nobody has answered my email for days.',
    ],
    templates: [
      {
        slug: 'hotline',
        title: 'Give the hotline number',
        body:
          'Hi {{first_name}}, our colleagues on the hotline are best placed to help with this: you can reach them on ' +
          '[[phone number]] ([[hours]]). Waiting times are usually shortest [[quiet times]].\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'callback',
        title: 'Arrange a call back',
        body:
          "Hi {{first_name}}, I'm sorry you haven't been able to reach us – that's frustrating. I'm happy to arrange a " +
          'call back from [[specialist team]]. Please send me your phone number and the best time to reach you in a ' +
          'private message.\n\nBest wishes,\n{{agent}}',
      },
    ],
  },

  'netiquette-reminder': {
    title: 'Netiquette reminder',
    description: 'Insults, aggressive tone, spam, or questions about why a comment was hidden.',
    keywords: [
      'netiquette', 'insult', 'insulting', 'insulted', 'tone', 'respect', 'respectful', 'rude', 'abuse',
      'abusive', 'hate', 'hate speech', 'spam', 'deleted', 'delete', 'removed', 'hidden', 'censorship',
      'censored', 'censor', 'free speech', 'discrimination', 'idiot', 'idiots', 'stupid', 'morons', 'threat',
      'troll', 'rules', 'house rules', 'scam', 'scammers', 'crooks', 'thieves',
    ],
    examples: [
      'Why did you delete my comment? Censorship!',
      'You are all idiots!',
      'The guy above is insulting everyone here.',
      'So much for free speech on this page.',
      'You scammers, this is daylight robbery!',
    ],
    templates: [
      {
        slug: 'friendly-reminder',
        title: 'Friendly reminder about tone',
        body:
          "Hi {{first_name}}, we understand you're annoyed, and we take your criticism seriously. Please keep it factual " +
          'and respectful, though – that way we can all talk to each other properly here. You can find our netiquette at ' +
          '[[link to netiquette]]. About your question: [[specific answer]]\n\nBest wishes,\n{{agent}}',
      },
      {
        slug: 'comment-hidden',
        title: 'Why a comment was hidden',
        body:
          'Hi {{first_name}}, criticism is very welcome here – insults, spam and personal attacks are not. That is why we ' +
          'hid a comment that broke our netiquette ([[link to netiquette]]). If you describe your issue factually, ' +
          "we'll gladly help.\n\nBest wishes,\n{{agent}}",
      },
    ],
  },
};
